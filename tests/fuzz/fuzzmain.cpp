// The libFuzzer entry point of every fuzz target; DD_FUZZ_INPUT names the function of
// fuzztargets.h the target feeds (csvInput, xlsxInput, officeInput, importInput).
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>
#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "deputydesk-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt's text codecs and SQL drivers need one
    dd::fuzz::DD_FUZZ_INPUT(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
