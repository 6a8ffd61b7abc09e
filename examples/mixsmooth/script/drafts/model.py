"""Residual MLP used in all experiments (Section 3.4).

    h_1 = GELU(W_1 x + b_1)
    h_l = h_{l-1} + GELU(W_l h_{l-1} + b_l)    for l = 2, ..., L
    f(x) = W_{L+1} h_L + b_{L+1}

with L = 3 hidden layers of width H, no normalisation layers and no dropout. With a 2-D
input, H = 64 and K = 2 classes the network has 8,642 parameters (Section 4.2).
"""

from torch import Tensor, nn

ACTIVATIONS = {"gelu": nn.GELU}


class ResidualMLP(nn.Module):
    """MLP whose hidden layers after the first add their output to their input."""

    def __init__(
        self, in_features: int, num_classes: int, hidden: int, layers: int, activation: str
    ) -> None:
        super().__init__()
        if activation not in ACTIVATIONS:
            raise ValueError(f"unsupported activation {activation!r}")
        self.act = ACTIVATIONS[activation]()
        self.input = nn.Linear(in_features, hidden)
        self.hidden = nn.ModuleList(nn.Linear(hidden, hidden) for _ in range(layers - 1))
        self.output = nn.Linear(hidden, num_classes)

    def forward(self, x: Tensor) -> Tensor:
        """Map inputs of shape (B, in_features) to logits of shape (B, num_classes)."""
        h = self.act(self.input(x))
        for layer in self.hidden:
            h = h + self.act(layer(h))
        return self.output(x)
