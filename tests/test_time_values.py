"""TIMEX3 values as places in time (``dossier.nlp.time.values``)."""
from __future__ import annotations

import datetime as dt

from dossier.nlp.time.values import value_interval, value_label, value_sort_key


def test_values_read_as_people_say_them():
    assert value_label("2019-02-25") == "Feb 25, 2019"
    assert value_label("195X") == "the 1950s"
    assert value_label("2019-W09") == "week 9 of 2019"
    assert value_label("2019-12") == "Dec 2019"
    assert value_label("2019-SU") == "summer 2019"
    assert value_label("19") == "the 20th century"


def test_sort_key_puts_decade_before_its_years_and_unknowns_last():
    values = ["PRESENT_REF", "1955-03", "1955", "195X", "1949-12-31", "2019-Q1"]
    assert sorted(values, key=value_sort_key) == ["1949-12-31", "195X", "1955", "1955-03", "2019-Q1", "PRESENT_REF"]


def test_an_interval_covers_the_days_its_value_names():
    assert value_interval("2019-02-25") == (dt.date(2019, 2, 25), dt.date(2019, 2, 25))
    assert value_interval("2019-WI") == (dt.date(2018, 12, 1), dt.date(2019, 2, 28))  # winter starts the December before
    assert value_interval("2019-W09-WE") == (dt.date(2019, 3, 2), dt.date(2019, 3, 3))
    assert value_interval("195X") == (dt.date(1950, 1, 1), dt.date(1959, 12, 31))
    assert value_interval("2019-13") is None and value_interval("PRESENT_REF") is None
