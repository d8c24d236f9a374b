# Sourced by setup.sh: makes sure a Jupyter that can run notebooks headless is there.

DEBIAN_JUPYTER="jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel"

ensure_jupyter() {
    if find_jupyter; then
        say "Jupyter: $JUPYTER"
    elif command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
        # shellcheck disable=SC2086
        apt_install_missing $DEBIAN_JUPYTER
        find_jupyter || die "Jupyter is installed but '/usr/bin/jupyter nbconvert --version' fails; see the messages above."
        say "Jupyter: $JUPYTER (Debian packages)"
    else
        die "Jupyter is missing. Install it with
    pip install -r environment/requirements.txt
or  conda env create -f environment/environment.yml && conda activate backprop-notebooks
and run this script again."
    fi
    # Charts are drawn by Java's 2D graphics, which needs fontconfig and at least one font.
    if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
        apt_install_missing fontconfig fonts-dejavu-core
    fi
}
