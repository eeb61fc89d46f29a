# Test fixtures for the ONNX import: a small CNN using every translated operator, written as torch.onnx.export writes
# it in training mode (by onnxwrite.py, the onnx package not being installed), with its NASWOT score computed by
# PyTorch module hooks on the same weights (each ReLU applied to its own tensor: one count per Relu node).
import sys, json
import numpy as np, torch, torch.nn as nn
sys.path.insert(0, __import__("os").path.dirname(__file__))
from onnxwrite import node, model

torch.manual_seed(0)
class Small(nn.Module):
    def __init__(s):
        super().__init__()
        s.stem = nn.Conv2d(3, 12, 3, padding=1, bias=True); s.bn0 = nn.BatchNorm2d(12); s.r0 = nn.ReLU()
        s.dw = nn.Conv2d(12, 12, 3, padding=2, dilation=2, groups=12, bias=False); s.bn1 = nn.BatchNorm2d(12, eps=1e-3)
        s.r1 = nn.ReLU()
        s.pw = nn.Conv2d(12, 8, 1, bias=True); s.r2 = nn.ReLU()
        s.mp = nn.MaxPool2d(3, 2, 1)
        s.ap = nn.AvgPool2d(3, 1, 1, count_include_pad=False)
        s.ap2 = nn.AvgPool2d(2, 2)
        s.conv3 = nn.Conv2d(20, 16, 3, padding=1, bias=False); s.bn3 = nn.BatchNorm2d(16)
        s.conv4 = nn.Conv2d(20, 16, 1, bias=False); s.bn4 = nn.BatchNorm2d(16)
        s.r3 = nn.ReLU()
        s.fc = nn.Linear(16, 10)
    def forward(s, x):
        a = s.r0(s.bn0(s.stem(x)))
        b = s.r1(s.bn1(s.dw(a)))
        c = s.r2(s.pw(b))
        y = torch.cat([s.mp(a), s.ap2(s.ap(c)) * 0.5], 1)
        z = s.r3(s.bn3(s.conv3(y)) + s.bn4(s.conv4(y)))
        g = nn.functional.adaptive_avg_pool2d(z, 1)
        return s.fc(torch.flatten(g, 1).reshape(-1, 16))

net = Small()
for m in net.modules():   # BN affine parameters other than 1/0, so that they matter
    if isinstance(m, nn.BatchNorm2d):
        m.weight.data.uniform_(0.5, 1.5); m.bias.data.uniform_(-0.2, 0.2)
sd = {k: v.detach().numpy().copy() for k, v in net.state_dict().items() if not k.endswith('num_batches_tracked')}
x = torch.from_numpy(np.load(sys.argv[1]))
codes = []
for m in net.modules():
    if isinstance(m, nn.ReLU):
        m.register_forward_hook(lambda mod, i, o: codes.append((o.detach().reshape(o.shape[0], -1) > 0).double()))
net.train()
with torch.no_grad():
    logits = net(x)
K = sum(c @ c.t() + (1 - c) @ (1 - c).t() for c in codes)
sign, logdet = np.linalg.slogdet(K.numpy())

def bn(i, o, p, eps=1e-5):
    return node('BatchNormalization', [i, p + '.weight', p + '.bias', p + '.running_mean', p + '.running_var'],
                [o, o + '_mean', o + '_var'], '/' + p + '/BatchNormalization', epsilon=eps, momentum=0.9, training_mode=1)

nodes = [
    node('Conv', ['images', 'stem.weight', 'stem.bias'], ['s0'], '/stem/Conv', dilations=[1, 1], group=1,
         kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[1, 1]),
    bn('s0', 's1', 'bn0'), node('Relu', ['s1'], ['a'], '/r0/Relu'),
    node('Conv', ['a', 'dw.weight'], ['d0'], '/dw/Conv', dilations=[2, 2], group=12, kernel_shape=[3, 3],
         pads=[2, 2, 2, 2], strides=[1, 1]),
    bn('d0', 'd1', 'bn1', 1e-3), node('Relu', ['d1'], ['b'], '/r1/Relu'),
    node('Conv', ['b', 'pw.weight', 'pw.bias'], ['p0'], '/pw/Conv', dilations=[1, 1], group=1, kernel_shape=[1, 1],
         pads=[0, 0, 0, 0], strides=[1, 1]),
    node('Relu', ['p0'], ['c'], '/r2/Relu'),
    node('MaxPool', ['a'], ['m'], '/mp/MaxPool', ceil_mode=0, dilations=[1, 1], kernel_shape=[3, 3],
         pads=[1, 1, 1, 1], strides=[2, 2]),
    node('AveragePool', ['c'], ['q0'], '/ap/AveragePool', ceil_mode=0, count_include_pad=0, kernel_shape=[3, 3],
         pads=[1, 1, 1, 1], strides=[1, 1]),
    node('AveragePool', ['q0'], ['q1'], '/ap2/AveragePool', ceil_mode=0, count_include_pad=1, kernel_shape=[2, 2],
         pads=[0, 0, 0, 0], strides=[2, 2]),
    node('Constant', [], ['half'], '/Constant', value=np.array(0.5, dtype=np.float32)),
    node('Mul', ['q1', 'half'], ['q2'], '/Mul'),
    node('Concat', ['m', 'q2'], ['y'], '/Concat', axis=1),
    node('Conv', ['y', 'conv3.weight'], ['t0'], '/conv3/Conv', dilations=[1, 1], group=1, kernel_shape=[3, 3],
         pads=[1, 1, 1, 1], strides=[1, 1]),
    bn('t0', 't1', 'bn3'),
    node('Conv', ['y', 'conv4.weight'], ['u0'], '/conv4/Conv', dilations=[1, 1], group=1, kernel_shape=[1, 1],
         pads=[0, 0, 0, 0], strides=[1, 1]),
    bn('u0', 'u1', 'bn4'),
    node('Add', ['t1', 'u1'], ['v'], '/Add'), node('Relu', ['v'], ['z'], '/r3/Relu'),
    node('GlobalAveragePool', ['z'], ['g'], '/GlobalAveragePool'),
    node('Flatten', ['g'], ['f'], '/Flatten', axis=1),
    node('Reshape', ['f', 'shape'], ['f2'], '/Reshape', allowzero=0),
    node('Identity', ['f2'], ['f3'], '/Identity'),
    node('Gemm', ['f3', 'fc.weight', 'fc.bias'], ['logits'], '/fc/Gemm', alpha=1.0, beta=1.0, transB=1),
]
inits = dict(sd); inits['shape'] = np.array([-1, 16], dtype=np.int64)
out = sys.argv[2]
open(out + '/small_cnn.onnx', 'wb').write(model(nodes, inits, [('images', ['batch', 3, 32, 32])],
                                                 [('logits', ['batch', 10])]))
# refusals: an operator naswot does not translate, and a BatchNormalization in inference mode
w = np.ones((4, 3, 3, 3), np.float32) * 0.1
open(out + '/unsupported_op.onnx', 'wb').write(model(
    [node('Conv', ['images', 'w'], ['c'], '/conv/Conv', kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
     node('Sigmoid', ['c'], ['s'], '/act/Sigmoid')], {'w': w}, [('images', [2, 3, 32, 32])], [('s', [2, 4, 32, 32])]))
ones = np.ones(4, np.float32); zeros = np.zeros(4, np.float32)
open(out + '/inference_bn.onnx', 'wb').write(model(
    [node('Conv', ['images', 'w'], ['c'], '/conv/Conv', kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
     node('BatchNormalization', ['c', 'g', 'b', 'm', 'v'], ['n'], '/bn/BatchNormalization', epsilon=1e-5),
     node('Relu', ['n'], ['r'], '/relu/Relu')],
    {'w': w, 'g': ones, 'b': zeros, 'm': zeros, 'v': ones}, [('images', [2, 3, 32, 32])], [('r', [2, 4, 32, 32])]))
# synflow as zero-cost-nas computes it (BatchNorm off, double precision, |parameters|, an all-ones image): a check of
# the gradients through every operator of the graph
flow = Small(); flow.load_state_dict({k: torch.from_numpy(v) for k, v in sd.items()}, strict=False)
for name, m in list(flow.named_modules()):
    if isinstance(m, nn.BatchNorm2d):
        setattr(flow, name, nn.Identity())
flow.double()
with torch.no_grad():
    for p in flow.parameters():
        p.abs_()
flow(torch.ones(1, 3, 32, 32, dtype=torch.float64)).sum().backward()
synflow = float(np.log(sum((m.weight * m.weight.grad).abs().sum().item() for m in flow.modules()
                           if isinstance(m, (nn.Conv2d, nn.Linear)))))
print(json.dumps({'onnx': 'small_cnn.onnx', 'synflow': synflow, 'relu_nodes': len(codes), 'logdet': float(logdet),
                  'diag': float(K[0, 0]), 'params': int(sum(p.numel() for p in net.parameters())),
                  'logits_first': [float(v) for v in logits[0]]}, indent=1))
