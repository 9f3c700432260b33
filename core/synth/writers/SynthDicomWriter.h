#pragma once
// Writes a synthetic cine as a DICOM Ultrasound Multi-frame Image (1.2.840.10008.5.1.4.1.1.3.1):
// MONOCHROME2, 8 bits, one ultrasound region covering the whole image and calibrated in cm,
// frame time and cine rate, and a patient that no one could mistake for a real one
// ("SYNTHETIC^PHANTOM"). The file passes dciodvfy without errors.

#include "core/synth/SynthTypes.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace ns::synth {

struct DicomWriteOptions {
    enum class Encoding { ExplicitVrLittleEndian, JpegBaseline };
    Encoding encoding = Encoding::ExplicitVrLittleEndian;
    int jpegQuality = 90; // 1-100, JPEG baseline only

    // Reproducible files: with a seed, every UID is 2.25.<128 bits of SHA-256 over the seed,
    // the UID's role, the patient/wrist/view and the pixel data>, and the study/content dates
    // and times are left empty (they are Type 2), so the same cine and seed give the same
    // bytes. Without one, UIDs come from dcmGenerateUniqueIdentifier and dates are "now".
    std::optional<std::uint64_t> deterministicSeed;

    QString seriesDescription; // empty: "Synthetic wrist transverse <grade> <profile>" and the like
};

// Returns false with one sentence in `error` (naming the file) when it cannot be written.
bool writeSynthDicom(const SynthCine& cine, const QString& path, const DicomWriteOptions& options,
                     QString* error = nullptr);

// A UID under the 2.25 (UUID-derived) root: "2.25." + a 128-bit number in decimal.
QString uidFromSeed(std::uint64_t seed, const QByteArray& role);

} // namespace ns::synth
