"""The sentence encoder's ONNX graph rewritten so onnxruntime keeps its weights in int8.

The shipped int8 model stores each weight as int8 values, a ``Cast`` to float and a ``Mul`` by
its scales. onnxruntime folds those constant nodes when it loads the graph, so every weight
becomes float32 in memory: 90 MB for a 21 MB file. This rewrite says the same thing in forms
onnxruntime computes without expanding the weights:

- an embedding table (``Gather`` of the dequantised table) gathers the int8 rows and their
  scales first, then dequantises only the rows of the text's tokens: the same numbers;
- a matrix multiplied by (``MatMul`` with the dequantised weight as ``B``) becomes a standard
  ``DequantizeLinear`` with one scale per output column, which onnxruntime fuses with the
  ``MatMul`` into its 8-bit ``MatMulNBits`` kernel (weights stay int8; products within a
  rounding error of the float ones).

Run in a separate process (``python -m bot.core.encoder_graph SOURCE TARGET``, which
``bot.core.semantic`` does once and caches): the ``onnx`` library it needs would otherwise stay
loaded in the bot's process (20 MB) for nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

VERSION = 1  # part of the cached file's name: a change to the rewrite makes a new file


def rewrite(source: Path, target: Path) -> int:
    """Write ``source``'s graph rewritten to ``target`` (atomically); the weights rewritten.

    Raises ``ValueError`` when the graph has no weight in the expected form (another model).
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    initializers = {i.name: i for i in graph.initializer}
    users: dict[str, list[Any]] = {}
    for node in graph.node:
        for name in node.input:
            users.setdefault(name, []).append(node)
    replaced: dict[int, list[Any]] = {}  # id(node) -> the nodes that take its place
    dropped: set[int] = set()
    added = []
    for name, weight in initializers.items():
        if weight.data_type != TensorProto.INT8 or len(users.get(name, [])) != 1:
            continue
        cast = users[name][0]
        scaled = users.get(cast.output[0], [])
        if cast.op_type != "Cast" or len(scaled) != 1 or scaled[0].op_type != "Mul":
            continue
        multiply = scaled[0]
        scale_name = next(i for i in multiply.input if i != cast.output[0])
        if scale_name not in initializers:
            continue
        scale = numpy_helper.to_array(initializers[scale_name])
        dequantised = multiply.output[0]
        consumers = users.get(dequantised, [])
        rows, columns = tuple(weight.dims) if len(weight.dims) == 2 else (0, 0)
        if consumers and all(
            c.op_type == "Gather" and c.input[0] == dequantised for c in consumers
        ):
            if scale.shape != (rows, 1):
                continue
            for gather in consumers:
                ids, out = gather.input[1], gather.output[0]
                replaced[id(gather)] = [
                    helper.make_node("Gather", [name, ids], [f"{out}_int8"], axis=0),
                    helper.make_node("Cast", [f"{out}_int8"], [f"{out}_raw"], to=TensorProto.FLOAT),
                    helper.make_node("Gather", [scale_name, ids], [f"{out}_scale"], axis=0),
                    helper.make_node("Mul", [f"{out}_raw", f"{out}_scale"], [out]),
                ]
        elif consumers and all(
            c.op_type == "MatMul" and c.input[1] == dequantised for c in consumers
        ):
            if scale.size != columns or scale.shape not in {(columns,), (1, columns)}:
                continue
            per_column = numpy_helper.from_array(
                scale.reshape(columns).astype(np.float32), f"{name}_column_scale"
            )
            zero = numpy_helper.from_array(np.zeros(columns, np.int8), f"{name}_zero")
            added += [per_column, zero]
            replaced[id(cast)] = [
                helper.make_node(
                    "DequantizeLinear",
                    [name, per_column.name, zero.name],
                    [dequantised],
                    axis=1,
                )
            ]
        else:
            continue
        dropped.add(id(multiply))
        if id(cast) not in replaced:
            dropped.add(id(cast))
    if not replaced:
        raise ValueError(f"{source}: no int8 weight in the Cast/Mul form")
    nodes = []
    for node in graph.node:
        if id(node) in replaced:
            nodes.extend(replaced[id(node)])
        elif id(node) not in dropped:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(added)
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.checker.check_model(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        onnx.save(model, str(partial))
        partial.replace(target)  # another process writing the same file: either wins, same bytes
    finally:
        partial.unlink(missing_ok=True)
    return len(replaced)


def main(argv: list[str]) -> int:
    source, target = (Path(a) for a in argv)
    rewrite(source, target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
