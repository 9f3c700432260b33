"""Independent reader for test_dicom_export: pydicom (Debian's python3-pydicom) reads what
NerveScope wrote and prints one JSON object. Run with /usr/bin/python3.

  dicom_export_check.py seg SEG IMAGE MASKDIR X Y   frames, references, codes, pixels vs masks,
                                                  whether image pixel (X, Y) is black
  dicom_export_check.py sr SR                   area measurements and their references
  dicom_export_check.py needles SOURCE          identifying values of a source file
  dicom_export_check.py header FILE             a few header values
"""
import json
import os
import sys

import numpy as np
import pydicom


def seg_report(seg_path, image_path, mask_dir, probe_x, probe_y):
    seg = pydicom.dcmread(seg_path)
    img = pydicom.dcmread(image_path)
    out = {"sopClass": str(seg.SOPClassUID), "frames": int(seg.NumberOfFrames)}
    out["studyMatches"] = seg.StudyInstanceUID == img.StudyInstanceUID
    out["patientId"] = str(seg.PatientID)
    ref_series = seg.ReferencedSeriesSequence[0]
    out["referencedSeries"] = str(ref_series.SeriesInstanceUID)
    out["referencedInstance"] = str(ref_series.ReferencedInstanceSequence[0].ReferencedSOPInstanceUID)
    seg_item = seg.SegmentSequence[0]
    out["label"] = str(seg_item.SegmentLabel)
    out["algorithmType"] = str(seg_item.SegmentAlgorithmType)
    out["algorithmName"] = str(seg_item.get("SegmentAlgorithmName", ""))
    t = seg_item.SegmentedPropertyTypeCodeSequence[0]
    c = seg_item.SegmentedPropertyCategoryCodeSequence[0]
    out["type"] = [str(t.CodeValue), str(t.CodingSchemeDesignator), str(t.CodeMeaning)]
    out["category"] = [str(c.CodeValue), str(c.CodingSchemeDesignator), str(c.CodeMeaning)]
    frames = []
    pixels = seg.pixel_array
    if pixels.ndim == 2:
        pixels = pixels[np.newaxis, ...]
    for i, pf in enumerate(seg.PerFrameFunctionalGroupsSequence):
        src = pf.DerivationImageSequence[0].SourceImageSequence[0]
        ref_frame = int(src.ReferencedFrameNumber) if "ReferencedFrameNumber" in src else 0
        key = ref_frame if ref_frame else 1
        mask = np.fromfile(os.path.join(mask_dir, "%d.raw" % key), dtype=np.uint8)
        mask = mask.reshape(pixels.shape[1], pixels.shape[2])
        frames.append({
            "referencedFrame": ref_frame,
            "referencedInstance": str(src.ReferencedSOPInstanceUID),
            "segment": int(pf.SegmentIdentificationSequence[0].ReferencedSegmentNumber),
            "pixelsMatch": bool(np.array_equal(pixels[i] != 0, mask != 0)),
            "pixelsSet": int(np.count_nonzero(pixels[i])),
        })
    out["perFrame"] = frames
    out["imageSopInstance"] = str(img.SOPInstanceUID)
    out["imageSeries"] = str(img.SeriesInstanceUID)
    out["imagePatientId"] = str(img.PatientID)
    out["imagePatientName"] = str(img.PatientName)
    out["imageIdentityRemoved"] = str(img.get("PatientIdentityRemoved", ""))
    out["imageBurnedIn"] = str(img.get("BurnedInAnnotation", ""))
    try:
        px = img.pixel_array[..., probe_y, probe_x, :] if img.SamplesPerPixel > 1 \
            else img.pixel_array[..., probe_y, probe_x]
        out["probeZero"] = bool(np.all(px == 0))
    except Exception:  # a decoder pydicom lacks (JPEG 2000)
        out["probeZero"] = None
    return out


def walk_content(items, found, refs):
    for item in items:
        if item.ValueType == "NUM" and item.ConceptNameCodeSequence[0].CodeValue == "42798000":
            name = item.ConceptNameCodeSequence[0]
            mv = item.MeasuredValueSequence[0]
            unit = mv.MeasurementUnitsCodeSequence[0]
            entry = {"concept": str(name.CodeValue), "value": float(mv.NumericValue),
                     "unit": str(unit.CodeValue), "images": []}
            for child in item.get("ContentSequence", []):
                if child.ValueType == "IMAGE":
                    ref = child.ReferencedSOPSequence[0]
                    frames = ref.get("ReferencedFrameNumber")
                    if frames is None:
                        frames = []
                    elif not isinstance(frames, (list, pydicom.multival.MultiValue)):
                        frames = [frames]
                    entry["images"].append({
                        "instance": str(ref.ReferencedSOPInstanceUID),
                        "sopClass": str(ref.ReferencedSOPClassUID),
                        "frames": [int(f) for f in frames],
                    })
            found.append(entry)
        if item.ValueType == "TEXT" and item.ConceptNameCodeSequence[0].CodeValue == "112039":
            refs.append(str(item.TextValue))
        if "ContentSequence" in item:
            walk_content(item.ContentSequence, found, refs)


def sr_report(sr_path):
    sr = pydicom.dcmread(sr_path)
    found, tracking = [], []
    walk_content(sr.ContentSequence, found, tracking)
    observers = []
    for item in sr.ContentSequence:
        if item.ValueType == "PNAME":
            observers.append(str(item.PersonName))
    title = sr.ConceptNameCodeSequence[0]
    return {"sopClass": str(sr.SOPClassUID), "title": str(title.CodeValue), "template":
            str(sr.ContentTemplateSequence[0].TemplateIdentifier), "measurements": found,
            "trackingIds": tracking, "observers": observers, "patientId": str(sr.PatientID)}


def needles(path):
    ds = pydicom.dcmread(path)
    values = set()
    for el in ds.iterall():
        if el.value in (None, "") or el.tag.group == 0x7FE0:
            continue
        if el.VR == "UI":
            for v in (el.value if isinstance(el.value, (list, pydicom.multival.MultiValue)) else [el.value]):
                if v and not str(v).startswith("1.2.840.10008."):
                    values.add(str(v))
        elif el.VR == "DA":
            values.add(str(el.value))
        elif el.keyword in ("PatientName", "PatientID", "PatientBirthDate", "InstitutionName", "StationName",
                            "DeviceSerialNumber", "OtherPatientIDs", "InstitutionAddress"):
            values.add(str(el.value).strip())
    return {"needles": sorted(v for v in values if len(v) >= 4), "sopInstance": str(ds.SOPInstanceUID)}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "seg":
        result = seg_report(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    elif mode == "sr":
        result = sr_report(sys.argv[2])
    elif mode == "header":
        ds = pydicom.dcmread(sys.argv[2])
        result = {k: str(ds.get(k, "")) for k in ("StudyDate", "ContentDate", "PatientID", "SOPInstanceUID",
                                                  "LongitudinalTemporalInformationModified", "InstitutionName")}
    else:
        result = needles(sys.argv[2])
    print(json.dumps(result))
