"""Small widgets of the Feedback filter bar: a "from–to" pair of spin boxes whose lowest
value reads "any" (no bound)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

#: the spin boxes' minimum, shown as "any"; every real bound is >= 0
ANY = -1


class RangeEdit(QWidget):
    """Two spin boxes (from, to) over 0..`maximum`; either may be "any". Emits `changed`
    when a bound changes; raising "from" above "to" (or lowering "to" below "from") moves
    the other bound along so the range never becomes empty by accident."""

    changed = Signal()

    def __init__(
        self, maximum: float, decimals: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._decimals = decimals
        self.low = self._spin(maximum)
        self.high = self._spin(maximum)
        self.label = QLabel()
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.low)
        layout.addWidget(self.dash)
        layout.addWidget(self.high)
        self.low.valueChanged.connect(lambda _v: self._bound_changed(self.low))
        self.high.valueChanged.connect(lambda _v: self._bound_changed(self.high))

    def _spin(self, maximum: float) -> QSpinBox | QDoubleSpinBox:
        spin: QSpinBox | QDoubleSpinBox
        if self._decimals:
            spin = QDoubleSpinBox()
            spin.setDecimals(self._decimals)
        else:
            spin = QSpinBox()
        spin.setRange(ANY, maximum)  # type: ignore[arg-type]
        spin.setSingleStep(1)
        spin.setValue(ANY)
        spin.setAccelerated(True)
        return spin

    def set_texts(self, label: str, any_text: str, tooltip: str) -> None:
        self.label.setText(label)
        self.setToolTip(tooltip)
        for spin in (self.low, self.high):
            spin.setSpecialValueText(any_text)

    def _value(self, spin: QSpinBox | QDoubleSpinBox) -> float | int | None:
        value = spin.value()
        if value < 0:
            return None
        return float(value) if self._decimals else int(value)

    def values(self) -> tuple[float | int | None, float | int | None]:
        """(from, to); None where "any"."""
        return self._value(self.low), self._value(self.high)

    def set_values(self, low: float | None, high: float | None) -> None:
        """Show the bounds without emitting `changed`."""
        with QSignalBlocker(self.low), QSignalBlocker(self.high):
            self.low.setValue(ANY if low is None else low)  # type: ignore[arg-type]
            self.high.setValue(ANY if high is None else high)  # type: ignore[arg-type]

    def is_set(self) -> bool:
        return self.values() != (None, None)

    def _bound_changed(self, moved: QSpinBox | QDoubleSpinBox) -> None:
        low, high = self.values()
        if low is not None and high is not None and low > high:
            other = self.high if moved is self.low else self.low
            with QSignalBlocker(other):
                other.setValue(moved.value())
        self.changed.emit()
