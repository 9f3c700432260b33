#include "ui/MainWindow.h"

#include "core/media/MediaOpener.h"
#include "ui/HelpDialogs.h"
#include "ui/MainActions.h"
#include "ui/RecentFiles.h"
#include "ui/Theme.h"
#include "ui/annotation/AnnotationActions.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ReviewController.h"
#include "ui/ai/AiFeature.h"
#include "ui/ai/AiPanel.h"
#include "ui/training/TrainingFeature.h"
#include "ui/export/DatasetActions.h"
#include "ui/viewer/DamageScan.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/MetadataPanel.h"
#include "ui/viewer/StudyOpener.h"
#include "ui/viewer/StudyViewer.h"
#include "ui/viewer/ViewerStatusBar.h"
#include "ui/viewer/WelcomeWidget.h"
#include "ui/viewer/WindowLevelDrag.h"
#include "ui/workspace/StudyBrowserDock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>

// The resources live in the static nervescope_ui library: make sure they are linked in.
static void initUiResources() { Q_INIT_RESOURCE(nervescope); }

namespace ns::ui {

namespace {
const QString kLastDirKey = QStringLiteral("lastOpenDir");
const QString kShowRegionsKey = QStringLiteral("view/showRegions");

QString firstLocalPath(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initUiResources();
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        theme::apply(*app);
    setWindowTitle(tr("NerveScope"));
    setAcceptDrops(true);
    setMinimumSize(800, 560);

    m_actions = new MainActions(this);
    m_opener = new StudyOpener(this);
    m_scan = new DamageScan(this);
    m_recent = new RecentFiles(this);

    m_welcome = new WelcomeWidget(this);
    m_viewer = new StudyViewer(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_viewer);
    setCentralWidget(m_stack);

    m_metadata = new MetadataPanel(this);
    m_metadataDock = new QDockWidget(tr("Study Information"), this);
    m_metadataDock->setObjectName(QStringLiteral("studyInformationDock"));
    m_metadataDock->setWidget(m_metadata);
    m_metadataDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                                | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_metadataDock);
    m_metadataDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_metadataDock->toggleViewAction()->setToolTip(tr("Show or hide the study information panel (Ctrl+I)"));
    m_metadataDock->toggleViewAction()->setIconText(tr("Info"));
    m_metadataDock->hide();

    m_status = new ViewerStatusBar(this);
    setStatusBar(m_status);

    m_annotation = new AnnotationController(this, m_viewer);
    connect(m_annotation, &AnnotationController::message, this, [this](const QString& text) { m_status->showMessage(text, 8000); });
    m_ai = new AiFeature(this, m_viewer, m_annotation->session());
    // One column beside the image for study facts and AI review: stacked, the two would
    // squeeze the image below a useful width on a 1024-px screen.
    tabifyDockWidget(m_metadataDock, m_ai->dock());
    connect(m_ai, &AiFeature::message, this, [this](const QString& text) { m_status->showMessage(text, 8000); });
    m_studyBrowser = new StudyBrowserDock(m_annotation->session(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_studyBrowser);
    connect(m_studyBrowser, &StudyBrowserDock::openRequested, this, &MainWindow::openPath);
    m_training = new TrainingFeature(this, m_stack, m_annotation->session());
    connect(m_training, &TrainingFeature::openImageRequested, this, &MainWindow::openPath);
    connect(m_training, &TrainingFeature::modelPromoted, m_ai->panel(), &AiPanel::reloadModels);
    connect(m_annotation->session(), &AnnotationSession::workspaceAdopted, m_ai->panel(), &AiPanel::reloadModels);
    m_datasets = new DatasetActions(this, m_annotation->session(), m_studyBrowser->browser());
    connect(m_datasets, &DatasetActions::message, this, [this](const QString& text) { m_status->showMessage(text, 8000); });

    buildMenus();
    buildToolBar();
    connectViewer();

    connect(m_opener, &StudyOpener::opened, this,
            [this](const QString& path, std::shared_ptr<media::FrameSource> source) { openSource(std::move(source), path); });
    connect(m_opener, &StudyOpener::failed, this, &MainWindow::onOpenFailed);
    connect(m_scan, &DamageScan::progress, m_status, &ViewerStatusBar::showJob);
    connect(m_status, &ViewerStatusBar::jobCancelRequested, this, [this] {
        m_scan->cancel();
        m_status->hideJob();
        m_status->showMessage(tr("Check for damaged frames cancelled."), 5000);
    });
    connect(m_scan, &DamageScan::finished, this, [this](bool published, const QString& message) {
        m_status->hideJob();
        m_status->showMessage(message, 8000);
        if (!published || !m_source)
            return;
        m_viewer->refreshSourceFacts();
        m_metadata->showSource(m_source.get());
        updateActions();
    });
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::chooseFile);
    connect(m_welcome, &WelcomeWidget::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, &MainWindow::openPath);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::refreshRecent);
    refreshRecent();
    updateActions();
    m_status->showMessage(tr("Ready. Open a study with Ctrl+O or drop a file on the window."));
}

MainWindow::~MainWindow()
{
    setBusy(false);
}

void MainWindow::buildMenus()
{
    MainActions& a = *m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.open);
    file->addAction(a.openFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    populateRecentMenu();
    file->addSeparator();
    file->addAction(m_annotation->actions()->newWorkspace);
    file->addAction(m_annotation->actions()->openWorkspace);
    file->addAction(m_datasets->exportDataset);
    file->addAction(m_datasets->importDataset);
    file->addSeparator();
    file->addAction(a.close);
    file->addSeparator();
    file->addAction(a.quit);

    AnnotationActions& an = *m_annotation->actions();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(an.undo);
    edit->addAction(an.redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_training->reviewAction());
    view->addAction(m_training->trainingAction());
    view->addSeparator();
    view->addAction(a.fit);
    view->addAction(a.actualPixels);
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addSeparator();
    view->addAction(a.showRegions);
    view->addAction(a.resetWindow);
    view->addSeparator();
    view->addAction(m_metadataDock->toggleViewAction());
    view->addAction(m_annotation->measurementsDock()->toggleViewAction());
    view->addAction(m_annotation->areaDock()->toggleViewAction());
    view->addAction(m_studyBrowser->toggleViewAction());
    view->addAction(m_studyBrowser->findAction());

    QMenu* annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->addActions(an.toolActions());
    annotate->addSeparator();
    annotate->addAction(an.copyToNextFrame);
    annotate->addAction(an.interpolate);
    menuBar()->addMenu(m_annotation->review()->menu());

    QMenu* ai = menuBar()->addMenu(tr("A&I"));
    ai->addActions(m_ai->panel()->menuActions());
    ai->addSeparator();
    ai->addAction(m_ai->analyseOnOpenAction());
    ai->addAction(m_ai->dock()->toggleViewAction());

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    for (QAction* act : {a.playPause, a.previousFrame, a.nextFrame, a.firstFrame, a.lastFrame})
        playback->addAction(act);
    playback->addSeparator();
    for (QAction* act : {a.slower, a.faster, a.loop})
        playback->addAction(act);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.shortcuts);
    help->addSeparator();
    help->addAction(a.about);
    help->addAction(a.aboutQt);

    connect(a.open, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(a.openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(a.clearRecent, &QAction::triggered, m_recent, &RecentFiles::clear);
    connect(a.close, &QAction::triggered, this, &MainWindow::closeStudy);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    MainActions& a = *m_actions;
    bar->addAction(a.open);
    bar->addSeparator();
    bar->addAction(a.fit);
    bar->addAction(a.actualPixels);
    bar->addAction(a.zoomOut);
    bar->addAction(a.zoomIn);
    bar->addSeparator();
    bar->addAction(a.showRegions);
    bar->addAction(a.resetWindow);
    bar->addSeparator();
    bar->addAction(m_metadataDock->toggleViewAction());

    // The contour tools: a vertical palette beside the image.
    QToolBar* tools = new QToolBar(tr("Contour Tools"), this);
    tools->setObjectName(QStringLiteral("contourToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions(m_annotation->actions()->toolActions());
    tools->addSeparator();
    tools->addAction(m_annotation->actions()->undo);
    tools->addAction(m_annotation->actions()->redo);
    addToolBar(Qt::LeftToolBarArea, tools);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_annotation->review()->toolBar());
}

void MainWindow::connectViewer()
{
    MainActions& a = *m_actions;
    ImageView* view = m_viewer->imageView();
    connect(a.fit, &QAction::triggered, view, &ImageView::fitToWindow);
    connect(a.actualPixels, &QAction::triggered, view, &ImageView::oneToOne);
    connect(a.zoomIn, &QAction::triggered, view, &ImageView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, view, &ImageView::zoomOut);
    connect(a.showRegions, &QAction::toggled, m_viewer, [this](bool on) {
        m_viewer->setRegionsVisible(on);
        QSettings().setValue(kShowRegionsKey, on);
    });
    a.showRegions->setChecked(QSettings().value(kShowRegionsKey, false).toBool());
    connect(a.resetWindow, &QAction::triggered, m_viewer, &StudyViewer::resetWindow);
    connect(a.playPause, &QAction::triggered, m_viewer, &StudyViewer::togglePlay);
    connect(a.previousFrame, &QAction::triggered, m_viewer, [this] { m_viewer->stepFrame(-1); });
    connect(a.nextFrame, &QAction::triggered, m_viewer, [this] { m_viewer->stepFrame(+1); });
    connect(a.firstFrame, &QAction::triggered, m_viewer, &StudyViewer::firstFrame);
    connect(a.lastFrame, &QAction::triggered, m_viewer, &StudyViewer::lastFrame);
    connect(a.slower, &QAction::triggered, m_viewer, &StudyViewer::slower);
    connect(a.faster, &QAction::triggered, m_viewer, &StudyViewer::faster);
    connect(a.loop, &QAction::toggled, m_viewer, &StudyViewer::setLooping);
    connect(m_viewer, &StudyViewer::loopingChanged, a.loop, &QAction::setChecked);

    connect(m_viewer, &StudyViewer::frameShown, this, &MainWindow::frameShown);
    connect(m_viewer, &StudyViewer::readoutChanged, m_status, &ViewerStatusBar::setReadout);
    connect(m_viewer, &StudyViewer::zoomChanged, this, [this](double scale) {
        if (hasStudy())
            m_status->setZoom(scale);
    });
    connect(m_viewer, &StudyViewer::windowChanged, this,
            [this](const std::optional<media::WindowLevel>& window, bool windowable) {
                m_status->setWindow(window, windowable, m_source ? m_source->info().signedOffset : 0);
                updateActions();
            });
    connect(m_viewer, &StudyViewer::hint, this, [this](const QString& text) { m_status->showMessage(text, 5000); });
    connect(m_viewer, &StudyViewer::frameFailed, this,
            [this](int, const QString& error) { m_status->showMessage(error, 8000); });
    connect(m_viewer, &StudyViewer::playingChanged, this, [this](bool) { updateActions(); });
}

void MainWindow::openPath(const QString& path)
{
    if (path.isEmpty())
        return;
    m_pendingFrame = -1;
    m_status->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    setBusy(true);
    m_opener->open(path);
}

void MainWindow::openSource(std::shared_ptr<media::FrameSource> source, const QString& path)
{
    setBusy(false);
    if (!source) {
        onOpenFailed(path, {});
        return;
    }
    m_source = std::move(source);
    m_path = path;
    m_lastError.clear();
    m_viewer->setSource(m_source);
    m_annotation->studyOpened(path, *m_source);
    m_ai->studyOpened();
    m_metadata->showSource(m_source.get());
    m_stack->setCurrentWidget(m_viewer);
    m_metadataDock->show();
    m_metadataDock->raise();
    setWindowTitle(tr("%1 — NerveScope").arg(QFileInfo(path).fileName()));
    m_recent->add(path);
    updateActions();
    const QSize size = m_source->frameSize();
    const int frames = m_source->frameCount();
    m_status->showMessage(tr("Opened %1: %2, %3 x %4 px, %5")
                              .arg(QFileInfo(path).fileName(), frames == 1 ? tr("1 frame") : tr("%1 frames").arg(frames))
                              .arg(size.width()).arg(size.height()).arg(m_source->calibration().describe()),
                          8000);
    m_viewer->imageView()->setFocus();
    m_viewer->showFrame(m_pendingFrame >= 0 ? m_pendingFrame : 0);
    m_pendingFrame = -1;
    m_status->hideJob();
    m_scan->start(m_source); // videos: find damaged frames and the true length in the background
    emit studyOpened(path);
}

void MainWindow::closeStudy()
{
    m_scan->cancel();
    m_annotation->studyClosed();
    m_ai->studyClosed();
    m_viewer->clear();
    m_source.reset();
    m_path.clear();
    m_metadata->showSource(nullptr);
    m_metadataDock->hide();
    m_stack->setCurrentWidget(m_welcome);
    m_status->clearStudy();
    setWindowTitle(tr("NerveScope"));
    updateActions();
}

void MainWindow::showFrame(int index)
{
    if (m_opener->isOpening() || !m_source)
        m_pendingFrame = index; // shown once the study being opened is ready
    else
        m_viewer->showFrame(index);
}

void MainWindow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

bool MainWindow::isOpening() const { return m_opener->isOpening(); }
bool MainWindow::hasStudy() const { return bool(m_source); }

void MainWindow::onOpenFailed(const QString& path, const QString& error)
{
    setBusy(false);
    const QString message = error.isEmpty() ? tr("Cannot open %1.").arg(QDir::toNativeSeparators(path)) : error;
    showError(tr("Cannot Open Study"), message);
    emit openFailed(path, message);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_lastError = message;
    m_status->showMessage(message, 15000);
    if (m_errorBox)
        m_errorBox->close();
    // open(), not exec(): the message never blocks the event loop (or a test driving it).
    m_errorBox = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->setInformativeText(hasStudy() ? tr("The study that was open is still shown.")
                                              : tr("Supported: DICOM files, videos (MP4, AVI, …), images "
                                                   "(PNG, JPEG, TIFF, …) and folders of images."));
    m_errorBox->open();
}

void MainWindow::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Study"), settings.value(kLastDirKey).toString(),
                                                      media::openFileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::chooseFolder()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder of Images"),
                                                          settings.value(kLastDirKey).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(kLastDirKey, dir);
    openPath(dir);
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        QAction* act = m_recentMenu->addAction(tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()));
        act->setToolTip(QDir::toNativeSeparators(path));
        act->setStatusTip(QDir::toNativeSeparators(path));
        connect(act, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent studies"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!paths.isEmpty());
}

void MainWindow::refreshRecent()
{
    m_welcome->setRecentFiles(m_recent->paths());
}

void MainWindow::updateActions()
{
    const bool study = hasStudy();
    const bool cine = study && m_source->frameCount() > 1;
    for (QAction* a : m_actions->studyActions())
        a->setEnabled(study);
    for (QAction* a : {m_actions->playPause, m_actions->previousFrame, m_actions->nextFrame, m_actions->firstFrame,
                       m_actions->lastFrame, m_actions->slower, m_actions->faster, m_actions->loop})
        a->setEnabled(cine);
    m_actions->resetWindow->setEnabled(study && isWindowable(m_viewer->currentStoredFrame()));
    m_actions->showRegions->setEnabled(study && m_source->calibration().kind() == media::Calibration::Kind::UltrasoundRegions);
    m_actions->playPause->setText(m_viewer->isPlaying() ? tr("&Pause") : tr("&Play"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!firstLocalPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = firstLocalPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openPath(path);
}

void MainWindow::showAbout()
{
    help::showAbout(this);
}

void MainWindow::showShortcuts()
{
    help::showShortcuts(this, m_actions->shortcutOverview() + m_annotation->actions()->shortcutOverview()
                                  + m_annotation->review()->shortcutOverview() + m_datasets->shortcutOverview());
}

} // namespace ns::ui
