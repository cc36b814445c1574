"""Dates and amounts become typed literals only when the text says them in full."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rdflib import XSD

from kg.rdf.literals import clean_text, date_literal, parse_amount, parse_date, text_literal


def test_full_dates_in_common_forms_parse():
    assert parse_date("6 February 2021") == date(2021, 2, 6)
    assert parse_date("February 6, 2021") == date(2021, 2, 6)
    assert parse_date("on Feb. 6th, 2021") == date(2021, 2, 6)
    assert parse_date("2021-02-06") == date(2021, 2, 6)


def test_relative_or_partial_dates_stay_text():
    for text in ("Friday", "last week", "in March", "this month", "2021", "31 February 2021"):
        assert parse_date(text) is None, text


def test_date_literal_is_typed_and_refuses_non_dates():
    assert date_literal("2021-02-06").datatype == XSD.date
    assert date_literal("not a date") is None
    assert date_literal(None) is None


def test_amounts_apply_their_scale_and_keep_their_unit():
    money = parse_amount("$1.5 billion")
    assert money.value == Decimal("1500000000") and money.unit == "$"
    assert parse_amount("25 percent").unit == "percent"
    assert parse_amount("25%").value == 25
    assert parse_amount("1,200 troops") == parse_amount("1200 troops")
    assert parse_amount("1,200 troops").unit == "troops"


def test_text_without_a_number_is_not_an_amount():
    assert parse_amount("dozens of diplomats") is None


def test_clean_text_removes_what_strict_parsers_choke_on():
    assert clean_text("a\x00b\x07c\x7fd") == "abcd"
    assert clean_text("keep\ttab\nnewline") == "keep\ttab\nnewline"
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert str(text_literal('quote " and \\ emoji 🚀')) == 'quote " and \\ emoji 🚀'
