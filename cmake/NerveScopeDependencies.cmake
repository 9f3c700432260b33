# All third-party packages, found once. Versions are those of Debian 12.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Sql Widgets OpenGLWidgets PrintSupport Concurrent Test LinguistTools)
set_package_properties(Qt6 PROPERTIES TYPE REQUIRED PURPOSE "Application framework")

find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs videoio ximgproc)
find_package(DCMTK REQUIRED CONFIG)
find_package(PkgConfig REQUIRED)
pkg_check_modules(OPENJPEG REQUIRED IMPORTED_TARGET libopenjp2)

if(NERVESCOPE_TORCH_DIR)
  set(Torch_DIR ${NERVESCOPE_TORCH_DIR})
endif()
find_package(Torch REQUIRED)

find_package(QCustomPlotQt6 QUIET CONFIG)
if(NOT TARGET QCustomPlotQt6::QCustomPlotQt6)
  # Debian 12 ships the Qt 6 build as a plain library without a CMake config.
  find_library(QCUSTOMPLOT_QT6_LIBRARY NAMES qcustomplot-qt6 qcustomplotqt6 REQUIRED)
  find_path(QCUSTOMPLOT_INCLUDE_DIR qcustomplot.h REQUIRED)
  add_library(QCustomPlotQt6::QCustomPlotQt6 UNKNOWN IMPORTED)
  set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
    IMPORTED_LOCATION ${QCUSTOMPLOT_QT6_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${QCUSTOMPLOT_INCLUDE_DIR}
    INTERFACE_LINK_LIBRARIES Qt6::PrintSupport)
endif()

if(NERVESCOPE_WITH_VTK)
  # VTK 9.1 (Debian) resolves its MPI module at find time. Only Qt-free VTK modules are
  # used: Debian's VTK GUI support module is built against Qt 5 and must never be linked.
  find_package(MPI COMPONENTS C)
  find_package(VTK 9.1 COMPONENTS CommonCore CommonDataModel RenderingCore
               RenderingOpenGL2 InteractionStyle RenderingFreeType)
endif()
