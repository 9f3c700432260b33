#pragma once
// Pseudonyms for exports: one rule for every export format, so that a patient keeps the same
// pseudonym in a PNG manifest, a COCO file and a DICOM SEG made from the same workspace, and
// a re-export next month lines up with the first one.
//
// The mapping is keyed by a secret salt kept in the workspace folder (export-salt): without
// it a pseudonym cannot be reversed by hashing a list of known patient IDs, and deleting it
// starts a new, unlinkable pseudonym space.

#include <QByteArray>
#include <QString>

namespace ns::exporting {

// Reads WORKSPACE_DIR/export-salt, creating it (32 random bytes, hex, owner-only) on first
// use. Empty with *error when it can neither be read nor created (a read-only workspace
// that never exported).
QByteArray exportSalt(const QString& workspaceDir, QString* error);

// "ANON-" + 10 upper-case hex digits of SHA-256(salt, original). Empty in, empty out.
QString pseudonymousId(const QByteArray& salt, const QString& original);

// A DICOM UID under the 2.25 root (ISO/IEC 9834-8, a UUID as one decimal number), derived
// from SHA-256(salt, uid): the same source UID always maps to the same new UID, so
// references between exported objects stay consistent. At most 64 characters.
QString remappedUid(const QByteArray& salt, const QString& uid);

// Days to shift dates by (-365..-1, never 0), fixed per salt and patient so intervals
// between one patient's studies survive de-identification.
int dateShiftDays(const QByteArray& salt, const QString& patientId);

} // namespace ns::exporting
