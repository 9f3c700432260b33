#pragma once
// A folder of still images as one sequence (an exported cine, a dataset of frames).
// Every file with an image suffix (see hasImageExtension) is a frame, in natural order
// ("frame2" before "frame10", case ignored, the same in every locale); hidden files and
// subfolders are ignored. All images must have the same size; frames are stored in the
// format of the first image (see ImageFrameSource.h) and decoded on demand.
// A folder says nothing about timing, so frameRate() is 0: a player picks its own
// default rate for such sources.

#include "core/media/MediaOpener.h"

#include <QStringList>

namespace ns::media {

// Sorts file names in natural order (numbers compared by value), deterministically.
void sortNaturally(QStringList& names);

class ImageSequenceSource : public FrameSource {
public:
    static OpenResult open(const QString& folder);
    // Absolute paths of the frames, in frame order.
    const QStringList& files() const { return m_files; }

protected:
    QImage decodeFrame(int index, QString* error) override;

private:
    ImageSequenceSource() = default;

    QStringList m_files;
    QImage::Format m_format = QImage::Format_Invalid;
};

} // namespace ns::media
