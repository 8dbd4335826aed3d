#!/bin/sh
# Add Facilitator to this user's applications menu, without admin rights.
#
#   ./install-linux.sh              menu entry and icon for the Facilitator in this folder
#   ./install-linux.sh --uninstall  remove them again (the folder itself stays)
#
# It writes only under ${XDG_DATA_HOME:-~/.local/share}. Move the folder first, then run this.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$share/applications
icons=$share/icons/hicolor

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/facilitator.desktop" "$icons/256x256/apps/facilitator.png" \
        "$icons/scalable/apps/facilitator.svg"
    echo "Removed Facilitator from the applications menu."
    exit 0
fi

if [ ! -x "$here/Facilitator" ]; then
    echo "install-linux.sh: $here/Facilitator is missing; run this script from the unpacked folder." >&2
    exit 1
fi

mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp "$here/facilitator.png" "$icons/256x256/apps/facilitator.png"
if [ -f "$here/_internal/resources/icons/facilitator.svg" ]; then
    cp "$here/_internal/resources/icons/facilitator.svg" "$icons/scalable/apps/facilitator.svg"
fi
# A desktop file quotes a path with spaces in double quotes and escapes " ` $ \ in it (doubled,
# since the value itself is an escaped string). awk reads the lines from the environment, as is.
quoted=$(printf '%s' "$here/Facilitator" | sed -e 's/[\\"`$]/\\\\&/g')
EXEC_LINE="Exec=\"$quoted\"" TRYEXEC_LINE="TryExec=$here/Facilitator" awk '
    /^# install-linux.sh/ { next }
    /^Exec=/ { print ENVIRON["EXEC_LINE"]; next }
    /^TryExec=/ { print ENVIRON["TRYEXEC_LINE"]; next }
    { print }
' "$here/facilitator.desktop" >"$apps/facilitator.desktop.tmp"
mv "$apps/facilitator.desktop.tmp" "$apps/facilitator.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$apps" >/dev/null 2>&1 || true
fi
echo "Facilitator is in the applications menu ($apps/facilitator.desktop)."
