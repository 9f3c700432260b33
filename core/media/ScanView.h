#pragma once
// The view a scan says it is, in the words of datasets and model cards: "wrist" (transverse
// at the carpal tunnel), "forearm" (transverse, proximal to it) or "longitudinal". Models
// are trained on one view, and a longitudinal grader on a transverse scan answers without
// meaning; this lets the app and the CLI warn.
//
// No DICOM tag holds it reliably in these scans. Sonographers write it into the Series
// Description ("R wrist trans", "MN long axis"); some scanners fill the View Code Sequence
// (0054,0220); Body Part Examined says wrist or forearm but not the orientation. So the view
// comes from words, and is empty when the file does not say.

#include <QString>

namespace ns::media {

// The view named by free text (a series description, a view code's meaning) and the body
// part; empty when the text names no orientation. A transverse scan is "forearm" when the
// text or the body part says forearm, "wrist" otherwise.
QString declaredScanView(const QString& text, const QString& bodyPart);

// "wrist transverse", "forearm transverse", "longitudinal" (translated); other text as it is.
QString scanViewDisplayName(const QString& view);

} // namespace ns::media
