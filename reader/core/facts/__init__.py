"""What a passage asserts: quantities, dates, names, attributions, quotes, polarity.

Every extractor works on one span of a document's text and returns facts whose ``start`` /
``end`` are offsets into that same text; :class:`reader.core.facts.cache.Facts` runs them once
per distinct sentence and shifts the results to each unit's offsets.
"""
