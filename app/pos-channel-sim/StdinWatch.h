#pragma once

class QCoreApplication;

namespace pos::sim {

// Quits `app` when standard input reaches end of file, e.g. because the parent process that
// holds the other end of the pipe died. Opt-in (--exit-on-stdin-close): an interactive shell's
// stdin only ends on Ctrl-D.
void quitWhenStdinCloses(QCoreApplication &app);

} // namespace pos::sim
