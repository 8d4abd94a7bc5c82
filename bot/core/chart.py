"""Draw a ``ChartSpec`` as a PNG with matplotlib's Agg canvas (no display, no pyplot state)."""

from __future__ import annotations

import io
import textwrap

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.core.stats import ChartSpec

_COLOURS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52")


def render_png(spec: ChartSpec) -> bytes:
    """The chart as PNG bytes; with no data, a chart that says so."""
    height = 1.6 + 0.6 * max(len(spec.labels), 3)
    figure = Figure(figsize=(10, height), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(spec.title, fontsize=11)
    if not spec.labels:
        axes.text(0.5, 0.5, "No discussion in this period", ha="center", va="center")
        axes.set_axis_off()
    else:
        positions = list(range(len(spec.labels)))
        left = [0] * len(spec.labels)
        for colour, (name, values) in zip(_COLOURS, spec.series, strict=False):
            axes.barh(positions, values, left=left, label=name, color=colour)
            left = [a + b for a, b in zip(left, values, strict=True)]
        axes.set_yticks(positions, [textwrap.fill(label, 44) for label in spec.labels])
        axes.tick_params(axis="y", labelsize=8)
        axes.invert_yaxis()
        axes.set_xlabel("members' messages, reactions and threads")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(loc="lower right", fontsize=9)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
