"""The sentence encoder's ONNX graph rewritten so onnxruntime keeps its weights in int8.

The shipped int8 model stores each weight as int8 values, a ``Cast`` to float and a ``Mul`` by
its scales. onnxruntime folds those constant nodes when it loads the graph, so every weight
becomes float32 in memory: 90 MB for a 21 MB file. This rewrite says the same thing in forms
onnxruntime computes without expanding the weights:

- an embedding table (``Gather`` of the dequantised table) gathers the int8 rows and their
  scales first, then dequantises only the rows of the text's tokens: the same numbers;
- a matrix multiplied by (``MatMul`` with the dequantised weight as ``B``, and the bias
  ``Add`` after it) becomes onnxruntime's ``DynamicQuantizeMatMul``: the int8 weight with one
  scale per output column, the activations quantised to 8 bits per call, products in integer
  arithmetic (VNNI where the processor has it), the bias added in the same kernel;
- GELU written out (``x * 0.5 * (1 + erf(x / sqrt 2))``, five nodes) becomes one ``Gelu``.

A query of 14 tokens embeds in about 2 ms of one core instead of 4 (version 1 had
``DequantizeLinear`` + ``MatMul``, which onnxruntime runs as its 8-bit ``MatMulNBits``,
slower on a few rows). Quantising the activations costs some precision: a text's vector is
within a cosine of 0.99 of the float model's (version 1: 0.9998), a query-window cosine within
0.01 on average (docs/retrieval.md).

Run in a separate process (``python -m bot.core.encoder_graph SOURCE TARGET``, which
``bot.core.semantic`` does once and caches): the ``onnx`` library it needs would otherwise stay
loaded in the bot's process (20 MB) for nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

VERSION = 2  # part of the cached file's name: a change to the rewrite makes a new file
_CONTRIB = "com.microsoft"  # onnxruntime's own operators


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
            for product in consumers:
                inputs = [product.input[0], name, per_column.name, zero.name]
                out = product.output[0]
                after = users.get(out, [])
                if len(after) == 1 and after[0].op_type == "Add":  # the bias: in the kernel
                    bias = next(i for i in after[0].input if i != out)
                    if bias in initializers and tuple(initializers[bias].dims) == (columns,):
                        inputs.append(bias)
                        out = after[0].output[0]
                        dropped.add(id(after[0]))
                replaced[id(product)] = [
                    helper.make_node(
                        "DynamicQuantizeMatMul", inputs, [out], domain=_CONTRIB, name=out
                    )
                ]
        else:
            continue
        dropped.update({id(multiply), id(cast)})
    if not replaced:
        raise ValueError(f"{source}: no int8 weight in the Cast/Mul form")
    replaced.update(_gelus(graph, initializers, users, dropped))
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
    if all(o.domain != _CONTRIB for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid(_CONTRIB, 1))
    onnx.checker.check_model(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        onnx.save(model, str(partial))
        partial.replace(target)  # another process writing the same file: either wins, same bytes
    finally:
        partial.unlink(missing_ok=True)
    return len(replaced)


def _gelus(
    graph: Any, initializers: dict[str, Any], users: dict[str, list[Any]], dropped: set[int]
) -> dict[int, list[Any]]:
    """Each GELU written out as ``x * (0.5 * (1 + erf(x / sqrt 2)))`` (in either order of
    the products) as one ``Gelu`` node: ``{id(last node): [Gelu]}``, the other four dropped."""
    from onnx import helper, numpy_helper

    def constant(name: str, value: float) -> bool:
        found = initializers.get(name)
        if found is None:
            return False
        array = numpy_helper.to_array(found)
        return bool(array.size == 1 and abs(float(array.reshape(-1)[0]) - value) < 1e-4)

    def only_user(name: str, op_type: str) -> Any:
        found = users.get(name, [])
        return found[0] if len(found) == 1 and found[0].op_type == op_type else None

    def other(node: Any, name: str) -> str:
        return str(next((i for i in node.input if i != name), ""))

    producer = {out: node for node in graph.node for out in node.output}
    replaced: dict[int, list[Any]] = {}
    for erf in graph.node:
        if erf.op_type != "Erf":
            continue
        divide = producer.get(erf.input[0])
        if divide is None or divide.op_type != "Div" or not constant(divide.input[1], 2**0.5):
            continue
        x = divide.input[0]
        plus = only_user(erf.output[0], "Add")
        if plus is None or not constant(other(plus, erf.output[0]), 1.0):
            continue
        first = only_user(plus.output[0], "Mul")
        if first is None:
            continue
        if constant(other(first, plus.output[0]), 0.5):  # (0.5 * (1 + erf)) * x
            last = only_user(first.output[0], "Mul")
            if last is None or other(last, first.output[0]) != x:
                continue
        elif other(first, plus.output[0]) == x:  # (x * (1 + erf)) * 0.5
            last = only_user(first.output[0], "Mul")
            if last is None or not constant(other(last, first.output[0]), 0.5):
                continue
        else:
            continue
        out = last.output[0]
        replaced[id(last)] = [helper.make_node("Gelu", [x], [out], domain=_CONTRIB, name=out)]
        dropped.update({id(divide), id(erf), id(plus), id(first)})
    return replaced


def main(argv: list[str]) -> int:
    source, target = (Path(a) for a in argv)
    rewrite(source, target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
