"""Training targets of the four methods and the soft-target loss (Sections 3.1-3.3, 4.3, 5).

Every method trains on (possibly mixed) inputs with a target
    q = (1 - eps) y~ + eps / K,
where y~ is the (possibly interpolated) one-hot label and eps the smoothing strength:

    erm        no mixing,  eps = 0
    ls         no mixing,  eps = constant (label smoothing)
    mixup      mixing,     eps = 0
    mixsmooth  mixing,     eps(lambda) = eps0 * 4 lambda (1 - lambda)
    mixup_ls   mixing,     eps = constant (ablation of Section 5)
"""

import torch
import torch.nn.functional as F
from torch import Tensor

MIXES = {"erm": False, "ls": False, "mixup": True, "mixsmooth": True, "mixup_ls": True}


def mix(x: Tensor, y: Tensor, alpha: float) -> tuple[Tensor, Tensor, Tensor]:
    """Mixup with one lambda ~ Beta(alpha, alpha) per example (Section 3.1).

    The partner of each example is given by a random permutation of the batch.
    Returns the mixed inputs, the mixed one-hot targets and the lambdas, shape (B,).
    """
    concentration = torch.tensor(float(alpha))
    lam = torch.distributions.Beta(concentration, concentration).sample((x.shape[0],))
    partner = torch.randperm(x.shape[0])
    x_mixed = lam[:, None] * x + (1.0 - lam[:, None]) * x[partner]
    y_mixed = lam[:, None] * y + (1.0 - lam[:, None]) * y[partner]
    return x_mixed, y_mixed, lam


def smoothing_strength(method: str, lam: Tensor, eps: float) -> Tensor:
    """Per-example smoothing strength; for MixSmooth eps(lambda) = eps0 4 lambda (1 - lambda)."""
    if method in ("erm", "mixup"):
        return torch.zeros_like(lam)
    if method == "mixsmooth":
        return eps * lam * (1.0 - lam)
    return torch.full_like(lam, eps)


def build_targets(
    x: Tensor, labels: Tensor, num_classes: int, method: str, alpha: float, eps: float
) -> tuple[Tensor, Tensor]:
    """Training inputs and soft targets q of shape (B, K) for one batch (Section 3.2).

    `eps` is the constant strength for ls and mixup_ls, eps0 for mixsmooth, and unused
    by erm and mixup.
    """
    if method not in MIXES:
        raise ValueError(f"unknown method {method!r}")
    y = F.one_hot(labels, num_classes).to(x.dtype)
    if MIXES[method]:
        x, y, lam = mix(x, y, alpha)
    else:
        lam = torch.ones(x.shape[0], dtype=x.dtype)  # an unmixed example has lambda = 1
    strength = smoothing_strength(method, lam, eps)[:, None]
    return x, (1.0 - strength) * y + strength / num_classes


def soft_cross_entropy(logits: Tensor, targets: Tensor) -> Tensor:
    """-1/B sum_b sum_k q_bk log softmax(f(x_b))_k, the objective of Section 3.3."""
    return -(targets * F.log_softmax(logits, dim=-1)).sum(dim=-1).mean()
