"""``attribution.satire``: the lines of a satirical piece a column quotes are not statements of the one mocked
(fresh strict reads, round 17). Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SPOOF = ("The harbour board keeps promising thrift it never delivers. This satirical piece from the Gull cuts close "
         "to the bone:\n\n\"Board Vows To Rediscover Thrift The Day The Opposition Wins\" (link)\n\nAt a late meeting "
         "on Friday, board members announced a plan to pretend to care about the debt again once the other party "
         "takes the harbour. “The moment they are in charge, we will start shouting about waste again,” chairman "
         "Oskar Lind said in an address to the board.")


def test_a_quoted_spoof_is_not_the_mocked_ones_statement(reported):
    assert not reported(SPOOF, "shouting about waste")


def test_a_mention_of_satire_without_quoting_a_piece_leaves_quotes(reported):
    text = ("Charlie Vane, a satirical magazine, was attacked on Wednesday:\n\n“We will not be silenced,” editor Marta "
            "Quist said on Thursday.")
    assert reported(text, "not be silenced")
