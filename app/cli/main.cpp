// nervescope-cli: the command-line twin of the GUI. Links no widget library.

#include "app/cli/CliCommon.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

namespace {

struct Verb {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};

const Verb kVerbs[] = {
    {"info", QT_TRANSLATE_NOOP("cli", "describe a study: frames, size, frame rate, photometric, transfer syntax, calibration"), ns::cli::runInfo},
    {"frames", QT_TRANSLATE_NOOP("cli", "write decoded frames as PNG, as the viewer displays them"), ns::cli::runFrames},
    {"system", QT_TRANSLATE_NOOP("cli", "report the inference device (CPU/GPU) and library versions"), ns::cli::runSystem},
    {"synth", QT_TRANSLATE_NOOP("cli", "generate a synthetic median-nerve cine with ground truth as DICOM, MP4 or AVI"), ns::cli::runSynth},
    {"dataset", QT_TRANSLATE_NOOP("cli", "dataset synth: generate a labelled synthetic dataset folder split by patient"), ns::cli::runDataset},
    {"workspace", QT_TRANSLATE_NOOP("cli", "annotation workspace: create, import studies, list them, print contours and areas"), ns::cli::runWorkspace},
    {"models", QT_TRANSLATE_NOOP("cli", "models list: the available models with task, parameters and sha256"), ns::cli::runModels},
    {"segment", QT_TRANSLATE_NOOP("cli", "segment the median nerve on a study: masks, contours and areas"), ns::cli::runSegment},
    {"grade", QT_TRANSLATE_NOOP("cli", "grade CTS on a study: probabilities per frame and per wrist"), ns::cli::runGrade},
    {"explain", QT_TRANSLATE_NOOP("cli", "explain a model's score on a frame: occlusion, LIME or Grad-CAM heatmap"), ns::cli::runExplain},
    {"evaluate", QT_TRANSLATE_NOOP("cli", "score a model on a labelled dataset folder: DSC/HD95 or AUC/accuracy with CIs"), ns::cli::runEvaluate},
    {"export", QT_TRANSLATE_NOOP("cli", "export a workspace's labelled frames: png (+manifest), coco, nnunet or csv; de-identified by default"), ns::cli::runExport},
    {"import", QT_TRANSLATE_NOOP("cli", "import a png, coco or nnunet dataset folder into a workspace as studies and contours"), ns::cli::runImport},
    {"train", QT_TRANSLATE_NOOP("cli", "train a segmentation, CTS or severity network on a dataset folder; writes the model and its card"), ns::cli::runTrain},
};

void printUsage()
{
    std::printf("%s\n\n", qPrintable(QCoreApplication::translate("cli", "Usage: nervescope-cli VERB [options] (VERB --help for details)")));
    for (const Verb& v : kVerbs)
        std::printf("  %-8s %s\n", v.name, qPrintable(QCoreApplication::translate("cli", v.summary)));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nervescope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NERVESCOPE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("nervescope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        printUsage();
        return args.size() < 2 ? ns::cli::Usage : ns::cli::Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        std::printf("nervescope-cli %s\n", NERVESCOPE_VERSION);
        return ns::cli::Ok;
    }
    for (const Verb& v : kVerbs)
        if (args[1] == QLatin1String(v.name))
            return v.run(args.mid(1));
    printUsage();
    return ns::cli::fail(args[1], QCoreApplication::translate("cli", "unknown verb"), ns::cli::Usage);
}
