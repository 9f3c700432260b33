# ccache matters here: LibTorch headers take tens of seconds per translation unit.
if(NERVESCOPE_USE_CCACHE)
  find_program(CCACHE_PROGRAM ccache)
  if(CCACHE_PROGRAM)
    set(CMAKE_C_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
    message(STATUS "Compiling through ccache: ${CCACHE_PROGRAM}")
  endif()
endif()
