"""Test accuracy and expected calibration error, both in percent (Section 4.3)."""

import torch
from torch import Tensor


def accuracy(logits: Tensor, labels: Tensor) -> float:
    """Percentage of test points whose arg-max prediction equals the label."""
    return 100.0 * (logits.argmax(dim=-1) == labels).float().mean().item()


def expected_calibration_error(logits: Tensor, labels: Tensor, n_bins: int) -> float:
    """ECE = sum_m |B_m| / n |acc(B_m) - conf(B_m)| over equal-width confidence bins.

    The confidence is the maximum softmax probability. Bin m covers (m/M, (m+1)/M], as
    in Guo et al. (2017); empty bins contribute nothing.
    """
    confidence, prediction = torch.softmax(logits, dim=-1).max(dim=-1)
    correct = (prediction == labels).float()
    ece = torch.zeros(())
    for m in range(n_bins):
        in_bin = (confidence > m / n_bins) & (confidence <= (m + 1) / n_bins)
        if in_bin.any():
            gap = (correct[in_bin].mean() - confidence[in_bin].mean()).abs()
            ece += in_bin.float().mean() * gap
    return 100.0 * ece.item()
