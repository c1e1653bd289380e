# PYXIS_GC_STRESS: the collector runs at every allocation (finds objects that native code
# forgot to keep reachable). Slow; for test runs only.
option(PYXIS_GC_STRESS "Collect garbage at every allocation (testing only)" OFF)
if(PYXIS_GC_STRESS)
  add_compile_definitions(PYXIS_GC_STRESS=1)
endif()
