"""Names vulture reports as unused that are used, each group with the reason.

`vulture` (configured in pyproject.toml) reads src/facilitator and this file; a name here counts
as used. Code nothing calls is deleted, not listed here. Add a name only with a reason below.
"""

# ruff: noqa
_ = object()

# Called by Qt, not by our code: overrides of virtual methods (item models, views, validators,
# events, documents) and the arguments their signatures must keep.
_.canDropMimeData
_.dropMimeData
_.mimeTypes
_.supportedDragActions
_.supportedDropActions
_.headerData
_.drawBranches
_.validate
_.fixup
_.dateTimeFromText
_.mouseMoveEvent
_.mouseReleaseEvent
_.leaveEvent
_.hasHeightForWidth
_.loadResource
_.clone  # QIconEngine.clone
type_  # loadResource(type, url): the resource type, unused since every resource is refused

# Called by Python's html.parser.HTMLParser while it reads slide HTML (render/markup.py).
_.handle_starttag
_.handle_startendtag
_.handle_endtag
_.handle_data
_.handle_entityref
_.handle_charref
_.handle_comment
_.handle_decl
_.handle_pi
_.unknown_decl
decl  # handle_decl(decl): the declaration is dropped

# Called by the expat parser that reads SVG pictures (core/svg.py): its handler slots.
_.StartDoctypeDeclHandler
_.EntityDeclHandler
_.UnparsedEntityDeclHandler
_.ExternalEntityRefHandler
_.StartElementHandler
_.EndElementHandler
_.CharacterDataHandler

# Read by a library: zipfile reads ZipInfo.compress_type (packs/export.py); SQLAlchemy calls the
# connect listener that sets the database's pragmas (store/database.py); Python calls a
# package's module-level __getattr__ for its lazy names (ui/records/__init__.py).
_.compress_type
_pragmas
__getattr__

# Fields of dataclasses and database tables, filled where they are made and read as a whole
# (asdict(), a table column, getattr by role name, a style sheet's $name from ui/style.py).
translation_of  # Item, Plan: the item or plan this one translates (content-format.md)
signed_by  # an installed pack's key fingerprint (filled from the trust record)
to_version  # a merged item's new version, in the merge report
installed_version  # an update offer: the version installed now
last_activity  # a person due for erasure: when they were last written about
wellbeing  # the mentor log's five progress dimensions: table columns
homework
behaviour
network
section_background  # read by role name in render/layout_base.py
section_accent
has_own_slide  # a plan row: whether a free entry brings its own slide
accent_hover  # app.qss's $accent_hover

# Kept alive on purpose: a dialog or message box held by the window that opened it, so Python
# does not free it while it is shown (and tests can find it there).
_.report_box
_.about_box
_.last_box
_.slides_dialog
_.replace_dialog
_.retime_dialog
_.problem_box
_.newer_box
_.confirm_box
_.rekey_dialog
_.encrypt_dialog
_.start_dialog
_.plans_dialog
_.new_item_dialog
_.start_box

# What tests observe: a read-only view of state the app keeps (how many frames were painted,
# which guide page or keys are shown, how many thumbnails, the agenda's current row), and the
# switches tests use to swap a global (help lines, log handler).
_.frames_painted
_.current_slug
_.shown_keys
_.thumbnail_count
_.current_row
_.thumbnails_pending  # benchmarks/run.py waits for the editor's thumbnails with it
_.page_count
_.attached
use_helplines
remove_handler

# Rules with their own tests that no screen calls yet (see docs/decisions.md, "Tests: fast,
# checked, arranged by layer"): wire them in or delete them with their tests.
image_links  # core/guide.py: the guide's image links (tests check every picture exists)
identity_warnings  # core/privacy.py: warn when a note names a real person
offers  # core/packs/store.py: packs with a newer version
_.average  # core/room.py: the mean of a numbers check-in
_.site_problems  # core/settings.py: problems of the machine-wide settings file
_.integrity  # core/store/database.py: SQLite's integrity check of the open database
_.reset_filters  # ui/library/search_bar.py
_.set_checked  # ui/planner/dialogs.py
_.set_hidden  # core/editing/deck.py
_.complete  # core/editing/exercise.py
_.with_step  # core/editing/exercise.py
