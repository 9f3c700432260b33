// Helper of test_workspace_crash: edits a workspace the way a user would (contours added,
// statuses set, then one long vertex drag) and prints each edit with the time it returned,
// until the parent test kills it with SIGKILL.
//   workspace_crash_child DIR STUDY_ID
// Lines: "add ID LABEL MS", "status FRAME MS", "drag ID STEP MS" (MS: ms since the epoch).

#include "core/annotation/AnnotationEditor.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <cstdio>

using namespace ns::annotation;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto opened = ns::workspace::Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!opened || opened.workspace->isReadOnly()) {
        std::fprintf(stderr, "cannot open for writing: %s%s\n", qPrintable(opened.error), qPrintable(opened.notice));
        return 1;
    }
    const qint64 study = QByteArray(argv[2]).toLongLong();
    AnnotationEditor editor(*opened.workspace, QStringLiteral("crash-child"));
    auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };

    int tick = 0;
    qint64 dragId = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++tick;
        if (tick <= 20) { // first second: discrete edits every 50 ms
            Contour c;
            c.studyId = study;
            c.frame = tick;
            c.label = QStringLiteral("c%1").arg(tick);
            c.vertices = QPolygonF({QPointF(40, 40), QPointF(50, 40), QPointF(50, 50), QPointF(40, 50)});
            const qint64 id = editor.addContour(c);
            if (id <= 0) {
                std::fprintf(stderr, "add failed: %s\n", qPrintable(editor.lastError()));
                std::exit(1);
            }
            std::printf("add %lld %s %lld\n", id, qPrintable(c.label), now());
            if (tick % 5 == 0 && editor.setReviewStatus(study, tick, ReviewStatus::Corrected))
                std::printf("status %d %lld\n", tick, now());
            if (tick == 20)
                dragId = id;
            timer.setInterval(10);
        } else { // then one drag that never ends: only the debouncer persists it
            const int step = tick - 20;
            QPolygonF p({QPointF(40 + step, 40), QPointF(50, 40), QPointF(50, 50), QPointF(40, 50)});
            if (!editor.dragVertices(dragId, p)) {
                std::fprintf(stderr, "drag failed: %s\n", qPrintable(editor.lastError()));
                std::exit(1);
            }
            std::printf("drag %lld %d %lld\n", dragId, step, now());
        }
        std::fflush(stdout);
    });
    timer.start(50);
    return app.exec();
}
