"""SA-UNet and U-Net in PyTorch, layer for layer the C++ modules of inference/models/.

The peer that bench/run-model-latency.sh times NerveScope against. Module names follow the
C++ register_module() names, so a state dict of the C++ net (saved by
tests/inference/test_python_peer) loads with strict=True: a layer missing or extra on either
side fails the load, and test_python_peer also compares the outputs.

Mirrors (see the C++ files for the why):
  UNet.cpp               down0..down{depth} double-conv blocks, max-pool 2 before each but
                         the first; per decoder level nearest upsampling to the skip's size,
                         up-conv 3x3 (no bias) + BN + act, cat(skip, x), double-conv; 1x1 head.
  ScaleAttentionConv.cpp h1 1x1, then (h{n}_dw 3x3 depthwise, h{n}_pw 1x1) cascade, cat,
                         ECA (mean, conv1d k, sigmoid, multiply); no biases.
  Activations.cpp        ReLU, and the noisy activations at inference (xi -> E[xi]).
"""

import math

import torch
import torch.nn.functional as F
from torch import nn

HALF_NORMAL_MEAN = 0.7978845608028654  # E|xi| = sqrt(2/pi)


def eca_kernel_size(channels: int) -> int:
    t = int(abs(math.log2(channels) / 2.0 + 0.5))
    return t if t % 2 else t + 1


class Eca(nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        k = eca_kernel_size(channels)
        self.conv = nn.Conv1d(1, 1, k, padding=k // 2, bias=False)

    def forward(self, x):
        n, c = x.shape[0], x.shape[1]
        w = x.mean((2, 3)).view(n, 1, c)
        w = torch.sigmoid(self.conv(w)).view(n, c, 1, 1)
        return x * w


class ScaleAttentionConv(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, steps: int = 4):
        super().__init__()
        if steps < 1 or out_channels % steps:
            raise ValueError(f"{out_channels} output channels do not split into {steps} steps")
        b = out_channels // steps
        self.steps = steps
        self.h1 = nn.Conv2d(in_channels, b, 1, bias=False)
        for i in range(1, steps):
            setattr(self, f"h{i + 1}_dw", nn.Conv2d(b, b, 3, padding=1, groups=b, bias=False))
            setattr(self, f"h{i + 1}_pw", nn.Conv2d(b, b, 1, bias=False))
        # Plain lists of the same modules, so TorchScript can loop over them.
        self.dw = nn.ModuleList([getattr(self, f"h{i + 1}_dw") for i in range(1, steps)])
        self.pw = nn.ModuleList([getattr(self, f"h{i + 1}_pw") for i in range(1, steps)])
        self.eca = Eca(out_channels)

    def forward(self, x):
        f = self.h1(x)
        outs = [f]
        for dw, pw in zip(self.dw, self.pw):
            f = pw(dw(f))
            outs.append(f)
        return self.eca(torch.cat(outs, 1))


class Activation(nn.Module):
    """Eval-mode forward of ActivationImpl (training noise is the C++ side's business)."""

    def __init__(self, kind: str = "relu"):
        super().__init__()
        if kind not in ("relu", "noisy_relu", "noisy_hard_tanh", "noisy_hard_sigmoid"):
            raise ValueError(f"unknown activation {kind}")
        self.kind = kind
        sigmoid = kind == "noisy_hard_sigmoid"
        self.alpha = 1.1 if sigmoid else 1.15
        self.c = 0.15 if sigmoid else 0.5
        self.p = 1.0
        self.half_normal = sigmoid
        self.half_normal_mean = HALF_NORMAL_MEAN

    def forward(self, x):
        if self.kind == "relu":
            return torch.relu(x)
        if self.kind == "noisy_hard_sigmoid":
            u = x * 0.25 + 0.5
            h = torch.clamp(u, 0.0, 1.0)
        elif self.kind == "noisy_hard_tanh":
            u = x
            h = torch.clamp(x, -1.0, 1.0)
        else:
            u = x
            h = torch.relu(x)
        delta = u - h
        out = h + (1.0 - self.alpha) * delta
        if self.half_normal:
            s = 1.0 if 1.0 - self.alpha > 0 else (-1.0 if 1.0 - self.alpha < 0 else 0.0)
            d = -torch.sign(x) * s
            sig = torch.sigmoid(delta * self.p) - 0.5
            out = out + d * (self.c * sig * sig) * self.half_normal_mean
        return out


class DoubleConv(nn.Module):
    def __init__(self, cin: int, cout: int, scale_attention: bool, steps: int, activation: str):
        super().__init__()

        def conv(i, o):
            if scale_attention:
                return ScaleAttentionConv(i, o, steps)
            return nn.Conv2d(i, o, 3, padding=1, bias=False)

        self.conv1 = conv(cin, cout)
        self.bn1 = nn.BatchNorm2d(cout)
        self.act1 = Activation(activation)
        self.conv2 = conv(cout, cout)
        self.bn2 = nn.BatchNorm2d(cout)
        self.act2 = Activation(activation)

    def forward(self, x):
        x = self.act1(self.bn1(self.conv1(x)))
        return self.act2(self.bn2(self.conv2(x)))


class UNet(nn.Module):
    def __init__(self, base_width=16, depth=4, scale_attention=True, sa_steps=4, activation="relu",
                 in_channels=1):
        super().__init__()
        cin, width = in_channels, base_width
        downs = []
        for level in range(depth + 1):
            block = DoubleConv(cin, width, scale_attention, sa_steps, activation)
            setattr(self, f"down{level}", block)
            downs.append(block)
            cin, width = width, width * 2
        upconvs, upbns, upacts, ups = [], [], [], []
        for level in range(depth - 1, -1, -1):
            out = cin // 2
            upconvs.append(nn.Conv2d(cin, out, 3, padding=1, bias=False))
            upbns.append(nn.BatchNorm2d(out))
            upacts.append(Activation(activation))
            ups.append(DoubleConv(2 * out, out, scale_attention, sa_steps, activation))
            setattr(self, f"upconv{level}", upconvs[-1])
            setattr(self, f"upbn{level}", upbns[-1])
            setattr(self, f"upact{level}", upacts[-1])
            setattr(self, f"up{level}", ups[-1])
            cin = out
        self.head = nn.Conv2d(cin, 1, 1)
        self.downs = nn.ModuleList(downs)
        self.upconvs = nn.ModuleList(upconvs)
        self.upbns = nn.ModuleList(upbns)
        self.upacts = nn.ModuleList(upacts)
        self.ups = nn.ModuleList(ups)

    def forward(self, x):
        skips = []
        for i, down in enumerate(self.downs):
            if i > 0:
                x = F.max_pool2d(x, 2)
            x = down(x)
            skips.append(x)
        n = len(skips)
        for i, (upconv, upbn, upact, up) in enumerate(zip(self.upconvs, self.upbns, self.upacts, self.ups)):
            skip = skips[n - 2 - i]
            x = F.interpolate(x, size=[skip.shape[2], skip.shape[3]], mode="nearest")
            x = upact(upbn(upconv(x)))
            x = up(torch.cat([skip, x], 1))
        return self.head(x)


def create_model(arch: str, activation: str = "relu") -> UNet:
    """The ModelFactory names: "sa-unet" (base 16, SA convs) and "unet" (base 32, 3x3)."""
    if arch == "sa-unet":
        return UNet(activation=activation)
    if arch == "unet":
        return UNet(base_width=32, scale_attention=False, activation=activation)
    raise ValueError(f"unknown architecture {arch}")


def count_parameters(model: nn.Module) -> int:
    # The lists above hold the same modules again; parameters() de-duplicates them.
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


_ALIAS_PREFIXES = ("downs.", "upconvs.", "upbns.", "upacts.", "ups.")


def named_state(model: nn.Module) -> dict:
    """State dict under the C++ names only (without the alias lists' duplicate keys)."""
    return {k: v for k, v in model.state_dict().items()
            if not k.startswith(_ALIAS_PREFIXES) and ".dw." not in k and ".pw." not in k}


def load_cpp_state(model: nn.Module, state: dict) -> None:
    """Loads a state dict saved under the C++ names; any name differing on either side raises."""
    ours = named_state(model)
    missing = sorted(set(ours) - set(state))
    extra = sorted(set(state) - set(ours))
    if missing or extra:
        raise KeyError(f"C++ and Python layers differ: missing in C++ {missing[:5]}, extra in C++ {extra[:5]}")
    for k, v in state.items():
        if ours[k].shape != v.shape:
            raise ValueError(f"{k}: C++ shape {tuple(v.shape)}, Python {tuple(ours[k].shape)}")
    # The alias lists share these modules, so loading the primary names loads them too.
    model.load_state_dict(state, strict=False)
