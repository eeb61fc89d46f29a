"""A minimal ONNX writer (protobuf wire format by hand, onnx.proto field numbers), for test fixtures where the onnx
package is not installed. Mirrors what torch.onnx.export writes for the operators used."""
import struct
import numpy as np

def varint(n):
    out = bytearray()
    n &= (1 << 64) - 1
    while True:
        b = n & 0x7F; n >>= 7
        if n: out.append(b | 0x80)
        else: out.append(b); return bytes(out)

def key(field, wire): return varint(field << 3 | wire)
def f_varint(field, v): return key(field, 0) + varint(v)
def f_bytes(field, b): return key(field, 2) + varint(len(b)) + b
def f_str(field, s): return f_bytes(field, s.encode())
def f_float(field, v): return key(field, 5) + struct.pack('<f', v)

def tensor(name, arr):
    arr = np.asarray(arr)
    if arr.dtype == np.float32: dt = 1
    elif arr.dtype == np.int64: dt = 7
    else: raise ValueError(arr.dtype)
    b = b''.join(f_varint(1, d) for d in arr.shape) + f_varint(2, dt) + f_str(8, name)
    return b + f_bytes(9, arr.astype(arr.dtype.newbyteorder('<')).tobytes())

def attr(name, v):
    b = f_str(1, name)
    if isinstance(v, float): return b + f_float(2, v) + f_varint(20, 1)
    if isinstance(v, int): return b + f_varint(3, v) + f_varint(20, 2)
    if isinstance(v, str): return b + f_bytes(4, v.encode()) + f_varint(20, 3)
    if isinstance(v, np.ndarray): return b + f_bytes(5, tensor('', v)) + f_varint(20, 4)
    if isinstance(v, (list, tuple)): return b + b''.join(f_varint(8, x) for x in v) + f_varint(20, 7)
    raise ValueError(v)

def node(op, inputs, outputs, name='', **attrs):
    b = b''.join(f_str(1, i) for i in inputs) + b''.join(f_str(2, o) for o in outputs)
    b += f_str(3, name) + f_str(4, op)
    for k in sorted(attrs): b += f_bytes(5, attr(k, attrs[k]))
    return b

def value_info(name, dims):
    dims_b = b''.join(f_bytes(1, f_varint(1, d) if isinstance(d, int) else f_str(2, d)) for d in dims)
    tensor_type = f_varint(1, 1) + f_bytes(2, dims_b)
    return f_str(1, name) + f_bytes(2, f_bytes(1, tensor_type))

def model(nodes, initializers, inputs, outputs, opset=17):
    g = b''.join(f_bytes(1, n) for n in nodes) + f_str(2, 'main_graph')
    g += b''.join(f_bytes(5, tensor(k, v)) for k, v in initializers.items())
    g += b''.join(f_bytes(11, value_info(n, d)) for n, d in inputs)
    g += b''.join(f_bytes(12, value_info(n, d)) for n, d in outputs)
    return f_varint(1, 8) + f_str(2, 'naswot-test') + f_str(3, '1') + f_bytes(7, g) + f_bytes(8, f_varint(2, opset))
