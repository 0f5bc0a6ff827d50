# Finds doctest, the one outside package mml's tests use.
#
# doctest is never copied into this repository. If find_package cannot find
# it and this is a Debian/Ubuntu machine on which we run as root (a fresh
# container, a CI runner), we install Debian's doctest-dev package and say so.
# Otherwise configuration stops with the install command for each platform.
find_package(doctest QUIET CONFIG)
if(NOT doctest_FOUND)
  find_program(MML_APT_GET apt-get)
  execute_process(COMMAND id -u OUTPUT_VARIABLE mml_uid OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(MML_APT_GET AND mml_uid STREQUAL "0")
    message(STATUS "mml: doctest not found — installing Debian's doctest-dev with apt-get (needed by the tests only)")
    set(ENV{DEBIAN_FRONTEND} noninteractive)
    execute_process(COMMAND ${MML_APT_GET} install -y -qq doctest-dev RESULT_VARIABLE mml_apt OUTPUT_QUIET ERROR_QUIET)
    if(NOT mml_apt EQUAL 0)  # a fresh machine may have no package lists yet
      execute_process(COMMAND ${MML_APT_GET} update -qq OUTPUT_QUIET ERROR_QUIET)
      execute_process(COMMAND ${MML_APT_GET} install -y -qq doctest-dev RESULT_VARIABLE mml_apt OUTPUT_QUIET ERROR_QUIET)
    endif()
    find_package(doctest QUIET CONFIG)
  endif()
endif()
if(NOT doctest_FOUND)
  message(FATAL_ERROR
    "mml's tests need doctest (https://github.com/doctest/doctest), which was not found.\n"
    "Install it, then run the same command again:\n"
    "  Debian/Ubuntu:  sudo apt-get install doctest-dev\n"
    "  macOS:          brew install doctest\n"
    "  vcpkg:          vcpkg install doctest   (and pass -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake)\n"
    "  conda:          conda install -c conda-forge doctest\n"
    "Or build only the library, which needs nothing but a compiler: cmake -B build -DBUILD_TESTING=OFF")
endif()
