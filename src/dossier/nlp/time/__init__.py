"""Time expressions (TIMEX3): ``rules`` find them, ``norm`` and ``calendar`` give their values, ``timex``
anchors them on the article's date."""
