#pragma once
// DCMTK keeps its decoders in a process-wide registry; this registers ours exactly once,
// whichever thread opens the first DICOM file.

namespace ns::media::dicom {

// Registers the RLE, JPEG (baseline, extended, lossless) and JPEG-LS decoders and quietens
// DCMTK's console logger (NerveScope reports problems itself, one sentence per file).
// Safe to call from any thread, any number of times.
void ensureDcmtkReady();

} // namespace ns::media::dicom
