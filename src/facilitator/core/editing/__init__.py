"""The rules of the editor for a trainer's own material, free of Qt.

- ``deck``: a deck's slides as texts and the slide sorter's operations;
- ``exercise``: an exercise as a form of six sections and timed steps;
- ``front``: front matter in one stable field order;
- ``files``: new items, "make my copy" (``derived_from``), saving as one edits;
- ``images``: pictures copied into the item's folder, scaled and stripped of metadata;
- ``templates``: what a new deck, exercise or handout starts with.

``ui/editor`` is a view over these.
"""
