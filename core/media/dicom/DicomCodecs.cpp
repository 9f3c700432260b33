#include "core/media/dicom/DicomCodecs.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <QtGlobal>

namespace ns::media::dicom {

namespace {
struct Registration {
    Registration()
    {
        // Damaged files make dcmdata print pages of warnings to stderr, which would drown
        // the CLI's progress output; openDicomFile() turns the condition into a sentence.
        // Set NERVESCOPE_DCMTK_LOG=1 to see DCMTK's own diagnostics again.
        if (qEnvironmentVariableIsEmpty("NERVESCOPE_DCMTK_LOG"))
            OFLog::getLogger("dcmtk").setLogLevel(OFLogger::FATAL_LOG_LEVEL);
        // EDC_photometricInterpretation: YBR JPEG data comes back as RGB and the decoder
        // says so through the decompressed colour model, which is what we convert from.
        DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation);
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    }
    // Deliberately never unregistered: codecs must outlive every FrameSource, including
    // ones destroyed by static destructors at exit.
};
} // namespace

void ensureDcmtkReady()
{
    static const Registration once; // C++11 guarantees thread-safe initialisation
    (void)once;
}

} // namespace ns::media::dicom
