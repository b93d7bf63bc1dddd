#pragma once

#include <QByteArray>

// What each fuzz target does with one input, shared by the libFuzzer programs (clang, the
// `fuzz` preset) and by the regression test that replays the seeds and every input a fuzzer
// ever crashed on (tests/fuzz/regressions) in the normal suite. dd::Error is the expected
// answer to bad input; anything else (a crash, a sanitizer report, another exception) is a bug.
namespace dd::fuzz {

void csvInput(const QByteArray& bytes);    // decode + parse
void xlsxInput(const QByteArray& bytes);   // read the first sheet of bytes as a workbook
void officeInput(const QByteArray& bytes); // open bytes as an office file, and check it
// bytes as a .csv checked for import into the demo office: as a roster, an opinion ledger and
// an activity log (dry runs: nothing is written)
void importInput(const QByteArray& bytes);

} // namespace dd::fuzz
