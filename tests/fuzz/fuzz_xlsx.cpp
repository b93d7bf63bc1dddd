// libFuzzer target: the xlsx reader (see fuzztargets.h).
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>
#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_xlsx";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt's text codecs and SQL drivers need one
    dd::fuzz::xlsxInput(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
