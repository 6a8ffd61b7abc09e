"""One training run and its evaluation (Sections 3.3 and 4.2).

Adam with a cosine learning-rate schedule from lr to zero over all steps (no warm-up,
no restarts); the training set is reshuffled every epoch and the last, smaller batch is
kept. The model after the last epoch is evaluated on the clean test inputs.
"""

import math

import torch
from metrics import accuracy, expected_calibration_error
from mixsmooth import build_targets, soft_cross_entropy
from model import ResidualMLP
from torch import Tensor


def train_and_evaluate(
    train: tuple[Tensor, Tensor],
    test: tuple[Tensor, Tensor],
    method: dict,
    cfg: dict,
    seed: int,
    epochs: int,
    max_batches: int | None = None,
) -> dict:
    """Train one model with the targets of `method` and return its test metrics.

    `method` holds the keys "method", "alpha" and "eps" of `build_targets`; `cfg` is
    the full configuration. `epochs` and `max_batches` (batches per epoch, None for all)
    let the smoke test shorten a run. The seed controls initialisation, batch order and
    the mixing coefficients. Returns {"accuracy": %, "ece": %}.
    """
    training, num_classes = cfg["training"], cfg["data"]["num_classes"]
    supported = {"optimizer": "adam", "schedule": "cosine", "warmup_steps": 0}
    if any(training[key] != value for key, value in supported.items()):
        raise ValueError(f"only the setup of Section 4.2 is implemented: {supported}")
    torch.manual_seed(seed)
    x_train, y_train = train
    model = ResidualMLP(x_train.shape[1], num_classes, **cfg["model"])
    optimizer = torch.optim.Adam(
        model.parameters(),
        lr=training["lr"],
        betas=tuple(training["betas"]),
        weight_decay=training["weight_decay"],
    )
    batch_size = training["batch_size"]
    steps_per_epoch = math.ceil(len(x_train) / batch_size)
    if max_batches is not None:
        steps_per_epoch = min(steps_per_epoch, max_batches)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(
        optimizer, T_max=epochs * steps_per_epoch, eta_min=0.0
    )

    model.train()
    for _ in range(epochs):
        order = torch.randperm(len(x_train))
        for step in range(steps_per_epoch):
            batch = order[step * batch_size : (step + 1) * batch_size]
            inputs, targets = build_targets(x_train[batch], y_train[batch], num_classes, **method)
            loss = soft_cross_entropy(model(inputs), targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()

    model.eval()
    x_test, y_test = test
    with torch.no_grad():
        logits = model(x_test)
    return {
        "accuracy": accuracy(logits, y_test),
        "ece": expected_calibration_error(logits, y_test, cfg["evaluation"]["ece_bins"]),
    }
