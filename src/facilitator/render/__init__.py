"""Slide rendering with QtGui only (never QtWidgets).

- ``theme``: ``Theme``, ``THEMES`` (light, dark, high-contrast), ``get_theme``.
- ``fonts``: ``ensure_fonts_loaded()`` registers the bundled Lato family.
- ``slides``: ``SlideRenderer`` (paint, image, fit, problems) and ``markdown_to_html``.
- ``pdf``: ``export_slides_pdf`` for slides, notes pages and handouts; ``export_contact_sheet_pdf``
  for reviewing many decks; ``export_text_pdf`` for exercises, handouts and guides on paper.
- ``check``: ``slide_problems(library)``, the render checks of ``check-content``.

Importing this package imports nothing from Qt; import the modules you need.
"""
