// nervescope-cli export WORKSPACE --format F --out DIR and import WORKSPACE --format F DIR:
// labelled datasets out of a workspace (de-identified by default) and back into one.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"
#include "core/export/DatasetImport.h"
#include "core/export/Exporter.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace ns::cli {

namespace {

using workspace::Workspace;

bool parseIds(const QString& text, QList<qint64>* ids)
{
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

// train,val,test fractions in percent or as fractions: "70,15,15" or "0.8,0.1,0.1".
bool parseSplit(const QString& text, exporting::ExportOptions* o)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return false;
    double v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || v[i] < 0)
            return false;
    }
    const double sum = v[0] + v[1] + v[2];
    if (sum <= 0)
        return false;
    o->trainFraction = v[0] / sum;
    o->valFraction = v[1] / sum;
    o->testFraction = v[2] / sum;
    return true;
}

} // namespace

int runExport(const QStringList& args)
{
    const QString verb = QStringLiteral("export");
    const QString formats = exporting::exportFormatNames().join(QLatin1Char('|'));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Export the labelled frames of a workspace as a dataset:\n"
        "  png     images/ + masks/ + manifest.json/.csv (trainable: nervescope-cli train --data DIR)\n"
        "  coco    images/ + annotations.json (polygons, category \"median nerve\")\n"
        "  nnunet  nnU-Net v2 raw: imagesTr/, labelsTr/ (0/1), dataset.json\n"
        "  csv     measurements.csv: one row per contour with areas and grade\n"
        "  dicom-seg  per DICOM study and rater: <name>_seg.dcm (DICOM Segmentation of the median nerve, "
        "referencing its source frames) + <name>_image.dcm (the source, de-identified)\n"
        "  dicom-sr   per DICOM study and rater: <name>_sr.dcm (TID 1500 report of the nerve area in mm2 per "
        "frame) + <name>_image.dcm\n"
        "Studies that are not DICOM are skipped by the DICOM formats, with a note. "
        "Patients are pseudonymised (a per-workspace secret in WORKSPACE/export-salt) and no file names, "
        "paths or dates are written unless --no-deidentify. Splits are by patient. DIR must be new or empty; "
        "it appears only when the export is complete."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QCoreApplication::translate("cli", "the workspace folder"));
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("cli", "%1.").arg(formats), QStringLiteral("F")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Output folder (new or empty)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("no-deidentify"), QCoreApplication::translate("cli", "Keep patient IDs and source paths.")});
    parser.addOption({QStringLiteral("dates"), QCoreApplication::translate("cli", "DICOM formats: shift dates by a fixed per-patient offset "
                                                 "(default) or remove them."), QStringLiteral("shift|remove")});
    parser.addOption({QStringLiteral("studies"), QCoreApplication::translate("cli", "Only these study ids (default: all)."), QStringLiteral("ID,ID")});
    parser.addOption({QStringLiteral("approved-only"), QCoreApplication::translate("cli", "Only frames (or studies) a reviewer approved.")});
    parser.addOption({QStringLiteral("raters"), QCoreApplication::translate("cli", "Only these raters' contours."), QStringLiteral("NAME,NAME")});
    parser.addOption({QStringLiteral("include-interpolated"), QCoreApplication::translate("cli", "Also export interpolated contours nobody touched.")});
    parser.addOption({QStringLiteral("split"), QCoreApplication::translate("cli", "Train,val,test shares of patients (default 70,15,15)."), QStringLiteral("T,V,T")});
    parser.addOption({QStringLiteral("blackout"), QCoreApplication::translate("cli", "Black out burned-in text: outside-regions (everything outside "
                                                     "the ultrasound regions) or X,Y,W,H (a rectangle in pixels)."), QStringLiteral("SPEC")});
    int code = Ok;
    if (!parseOrExit(parser, args, 1, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return fail(verb, QCoreApplication::translate("cli", "expected one WORKSPACE, got %1 arguments (see --help)").arg(pos.size()), Usage);
    if (!parser.isSet(QStringLiteral("format")) || !parser.isSet(QStringLiteral("out")))
        return fail(verb, QCoreApplication::translate("cli", "--format and --out are required (see --help)"), Usage);
    const std::optional<exporting::ExportFormat> format = exporting::parseExportFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(verb, QCoreApplication::translate("cli", "unknown format \"%1\" (formats: %2)").arg(parser.value(QStringLiteral("format")),
                                                                                                    exporting::exportFormatNames().join(QStringLiteral(", "))), Usage);
    exporting::ExportSelection sel;
    exporting::ExportOptions options;
    options.deidentify = !parser.isSet(QStringLiteral("no-deidentify"));
    sel.approvedOnly = parser.isSet(QStringLiteral("approved-only"));
    sel.interpolated = parser.isSet(QStringLiteral("include-interpolated"));
    if (parser.isSet(QStringLiteral("studies")) && !parseIds(parser.value(QStringLiteral("studies")), &sel.studyIds))
        return fail(verb, QCoreApplication::translate("cli", "--studies must be study ids separated by commas, e.g. 1,4,7"), Usage);
    for (const QString& r : parser.value(QStringLiteral("raters")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sel.raters.insert(r.trimmed());
    if (parser.isSet(QStringLiteral("split")) && !parseSplit(parser.value(QStringLiteral("split")), &options))
        return fail(verb, QCoreApplication::translate("cli", "--split must be three non-negative shares, e.g. 70,15,15"), Usage);
    const QString dates = parser.value(QStringLiteral("dates")).trimmed().toLower();
    if (dates == QLatin1String("remove"))
        options.dates = exporting::ExportOptions::Dates::Remove;
    else if (!dates.isEmpty() && dates != QLatin1String("shift"))
        return fail(verb, QCoreApplication::translate("cli", "--dates must be shift or remove (got \"%1\")").arg(parser.value(QStringLiteral("dates"))), Usage);
    if (parser.isSet(QStringLiteral("blackout"))) {
        QString why;
        const auto spec = exporting::BlackoutSpec::parse(parser.value(QStringLiteral("blackout")), &why);
        if (!spec)
            return fail(verb, why, Usage);
        options.blackout = *spec;
    }

    // Read-only: an export never changes the workspace (only the salt file is created once,
    // next to the database, and that needs no write lock).
    Workspace::OpenResult ws = Workspace::open(pos[0], Workspace::Mode::ReadOnly);
    if (!ws)
        return fail(verb, ws.error);
    const InterruptScope interrupt;
    const exporting::ExportSummary r = exporting::exportWorkspace(*ws.workspace, *format, sel, options,
                                                                  parser.value(QStringLiteral("out")), cliProgress(verb, interrupt.token));
    for (const QString& note : r.notes)
        printLine(QCoreApplication::translate("cli", "note: %1").arg(note));
    if (!r.ok)
        return fail(verb, r.error);
    printLine(QCoreApplication::translate("cli", "exported %1 frame(s) of %2 stud(ies) as %3 (%4 item(s)%5) to %6")
                  .arg(r.frames).arg(r.studies).arg(exporting::exportFormatName(*format)).arg(r.items)
                  .arg(options.deidentify ? QCoreApplication::translate("cli", ", de-identified") : QCoreApplication::translate("cli", ", NOT de-identified"))
                  .arg(QDir::toNativeSeparators(r.outDir)));
    return Ok;
}

int runImport(const QStringList& args)
{
    const QString verb = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Import a dataset folder into a workspace: every image becomes a study (copied in), its masks or "
        "polygons become contours (with the dataset's rater and source, else rater \"import\", manual). "
        "All or nothing: on any error the workspace is left unchanged."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QCoreApplication::translate("cli", "the workspace folder"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("cli", "the dataset folder"));
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("cli", "%1.").arg(exporting::importFormatNames().join(QLatin1Char('|'))),
                      QStringLiteral("F")});
    int code = Ok;
    if (!parseOrExit(parser, args, 2, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return fail(verb, QCoreApplication::translate("cli", "expected WORKSPACE and DIR, got %1 arguments (see --help)").arg(pos.size()), Usage);
    if (!parser.isSet(QStringLiteral("format")))
        return fail(verb, QCoreApplication::translate("cli", "--format is required (see --help)"), Usage);
    const std::optional<exporting::ImportFormat> format = exporting::parseImportFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(verb, QCoreApplication::translate("cli", "unknown format \"%1\" (formats: %2)").arg(parser.value(QStringLiteral("format")),
                                                                                                    exporting::importFormatNames().join(QStringLiteral(", "))), Usage);
    Workspace::OpenResult ws = Workspace::open(pos[0]);
    if (!ws)
        return fail(verb, ws.error);
    if (ws.workspace->isReadOnly())
        return fail(verb, ws.notice);
    const InterruptScope interrupt;
    const exporting::ImportSummary r = exporting::importDataset(*ws.workspace, *format, pos[1], cliProgress(verb, interrupt.token));
    if (!r.ok)
        return fail(verb, r.error);
    printLine(QCoreApplication::translate("cli", "imported %1 contour(s) on %2 new stud(ies)%3 from %4%5%6")
                  .arg(r.contours).arg(r.studies)
                  .arg(r.reused ? QCoreApplication::translate("cli", " and %1 already present").arg(r.reused) : QString())
                  .arg(QDir::toNativeSeparators(pos[1]))
                  .arg(r.approved ? QCoreApplication::translate("cli", "; %1 frame(s) approved").arg(r.approved) : QString())
                  .arg(r.graded ? QCoreApplication::translate("cli", "; %1 stud(ies) graded").arg(r.graded) : QString()));
    return Ok;
}

} // namespace ns::cli
