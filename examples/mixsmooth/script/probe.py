"""Probe one mini-batch of the MixSmooth pipeline: data, targets, model output."""

import json
from pathlib import Path

import torch
import yaml
from data import load_dataset
from mixsmooth import build_targets
from model import ResidualMLP


def show(name, value):
    """One marker line: the name, shape and dtype of a tensor."""
    record = {"name": name, "shape": list(value.shape), "dtype": str(value.dtype)}
    print("P2R_PROBE " + json.dumps(record))


cfg = yaml.safe_load(Path("config.yaml").read_text())
seed = cfg["smoke"]["seeds"][0]
(x_train, y_train), _ = load_dataset(cfg["data"]["datasets"][0], cfg["data"], seed)
torch.manual_seed(seed)
batch = torch.randperm(len(x_train))[: cfg["training"]["batch_size"]]
x, y = x_train[batch], y_train[batch]
show("batch inputs", x)
show("batch labels", y)
methods = cfg["methods"]
inputs, targets = build_targets(
    x, y, cfg["data"]["num_classes"], "mixsmooth", methods["alpha"], methods["eps0"]
)
show("mixed inputs", inputs)
show("smoothed targets", targets)
model = ResidualMLP(x.shape[1], cfg["data"]["num_classes"], **cfg["model"])
show("logits", model(inputs))
