#!/usr/bin/python3
"""Writes pydicom's decoded pixels of DICOM files for the C++ tests to compare against.

Usage: pydicom_pixels.py OUTDIR FILE...

For each FILE, OUTDIR/<basename>.raw holds one text line "<dtype> <dim> <dim> ..." then
the array in C order, little-endian. Colour comes out as RGB: YBR is converted with
pydicom's convert_color_space, PALETTE COLOR through apply_color_lut (16-bit entries stay
16-bit; the test scales them). A file pydicom cannot decode gets <basename>.err instead.
Run it with /usr/bin/python3 (Debian's pydicom), not a pyenv interpreter.
"""
import os
import sys

import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import apply_color_lut, convert_color_space


def decode(path):
    ds = pydicom.dcmread(path, force=True)
    if "TransferSyntaxUID" not in ds.file_meta:  # no meta header: say what was read
        ds.file_meta.TransferSyntaxUID = (
            pydicom.uid.ImplicitVRLittleEndian if ds.is_implicit_VR
            else pydicom.uid.ExplicitVRLittleEndian if ds.is_little_endian
            else pydicom.uid.ExplicitVRBigEndian)
    arr = ds.pixel_array
    pi = str(ds.get("PhotometricInterpretation", "")).strip()
    if pi in ("YBR_FULL", "YBR_FULL_422"):
        arr = convert_color_space(arr, pi, "RGB", per_frame=True)
    elif pi == "PALETTE COLOR":
        arr = apply_color_lut(arr, ds)
    return np.ascontiguousarray(arr)


def main():
    out_dir = sys.argv[1]
    for path in sys.argv[2:]:
        base = os.path.join(out_dir, os.path.basename(path))
        try:
            arr = decode(path)
        except Exception as exc:  # the test reports which file and why
            with open(base + ".err", "w") as f:
                f.write(f"{type(exc).__name__}: {exc}\n")
            continue
        arr = arr.astype(arr.dtype.newbyteorder("<"), copy=False)
        with open(base + ".raw", "wb") as f:
            f.write((" ".join([arr.dtype.name] + [str(d) for d in arr.shape]) + "\n").encode())
            f.write(arr.tobytes())


if __name__ == "__main__":
    main()
