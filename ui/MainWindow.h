#pragma once
// The main window: menus, toolbar, the start page or the study viewer, the study
// information dock and the status bar, wired together. It implements none of them.

#include "core/media/FrameSource.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <memory>

class QStackedWidget;
class QMenu;
class QDockWidget;

namespace ns::ui {

class AiFeature;
class AnnotationController;
class DamageScan;
class DatasetActions;
class MainActions;
class MetadataPanel;
class RecentFiles;
class StudyBrowserDock;
class StudyOpener;
class StudyViewer;
class TrainingFeature;
class ViewerStatusBar;
class WelcomeWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a DICOM/video/image file or an image folder in the background; the study
    // replaces the current one when it is ready (studyOpened) or the reason it cannot be
    // opened is reported (openFailed, lastError(), status bar and a message box).
    void openPath(const QString& path);
    // Shows an already opened source (tests, demo data).
    void openSource(std::shared_ptr<media::FrameSource> source, const QString& path);
    void closeStudy();
    // Shows frame `index` (0-based) of the study, or of the study being opened.
    void showFrame(int index);

    QString lastError() const { return m_lastError; }
    QString currentPath() const { return m_path; }
    bool isOpening() const;
    bool hasStudy() const;

    StudyViewer* viewer() const { return m_viewer; }
    WelcomeWidget* welcome() const { return m_welcome; }
    MetadataPanel* metadataPanel() const { return m_metadata; }
    ViewerStatusBar* viewerStatusBar() const { return m_status; }
    MainActions* actions() const { return m_actions; }
    RecentFiles* recentFiles() const { return m_recent; }
    QMessageBox* errorBox() const { return m_errorBox; }
    DamageScan* damageScan() const { return m_scan; }
    AnnotationController* annotation() const { return m_annotation; }
    AiFeature* ai() const { return m_ai; }
    StudyBrowserDock* studyBrowser() const { return m_studyBrowser; }
    TrainingFeature* training() const { return m_training; }
    DatasetActions* datasets() const { return m_datasets; }

signals:
    void studyOpened(const QString& path);
    void openFailed(const QString& path, const QString& error);
    // Frame `index` is painted on screen (open-to-first-frame and step latency).
    void frameShown(int index);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildToolBar();
    void connectViewer();
    void chooseFile();
    void chooseFolder();
    void populateRecentMenu();
    void refreshRecent();
    void onOpenFailed(const QString& path, const QString& error);
    void showError(const QString& title, const QString& message);
    void showAbout();
    void showShortcuts();
    void updateActions();
    void setBusy(bool busy);

    MainActions* m_actions = nullptr;
    StudyOpener* m_opener = nullptr;
    DamageScan* m_scan = nullptr;
    AiFeature* m_ai = nullptr;
    AnnotationController* m_annotation = nullptr;
    StudyBrowserDock* m_studyBrowser = nullptr;
    TrainingFeature* m_training = nullptr;
    DatasetActions* m_datasets = nullptr;
    RecentFiles* m_recent = nullptr;
    QStackedWidget* m_stack = nullptr;
    WelcomeWidget* m_welcome = nullptr;
    StudyViewer* m_viewer = nullptr;
    MetadataPanel* m_metadata = nullptr;
    QDockWidget* m_metadataDock = nullptr;
    ViewerStatusBar* m_status = nullptr;
    QMenu* m_recentMenu = nullptr;
    QPointer<QMessageBox> m_errorBox;
    std::shared_ptr<media::FrameSource> m_source;
    QString m_path;
    QString m_lastError;
    int m_pendingFrame = -1;
    bool m_busy = false;
};

} // namespace ns::ui
