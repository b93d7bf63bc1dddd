// Replays the fuzz seeds and every input a fuzzer crashed on (tests/fuzz/regressions/<target>)
// through the fuzz targets' code in the normal build: bad input must end in dd::Error or a
// result, never in a crash or another exception (ASan/UBSan watch in the asan build).
#include "fuzztargets.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QDir>

using namespace dd;

TEST_CASE("Fuzz seeds and past crashing inputs are read without a crash")
{
    const QList<std::pair<QString, std::function<void(const QByteArray&)>>> targets = {
        {QStringLiteral("csv"), fuzz::csvInput},
        {QStringLiteral("xlsx"), fuzz::xlsxInput},
        {QStringLiteral("office"), fuzz::officeInput},
        {QStringLiteral("import"), fuzz::importInput}};
    int inputs = 0;
    for (const auto& [name, run] : targets) {
        for (const char* folder : {"seeds", "regressions"}) {
            const QDir dir(
                QStringLiteral(DD_SOURCE_DIR "/tests/fuzz/%1/%2").arg(QLatin1String(folder), name));
            for (const QString& file : dir.entryList(QDir::Files)) {
                INFO(dir.filePath(file).toStdString());
                const QByteArray bytes = test::readAll(dir.filePath(file));
                CHECK_NOTHROW(run(bytes));
                // and every prefix cut at a few places, as a fuzzer's first mutations would
                for (qsizetype cut : {qsizetype(0), bytes.size() / 3, bytes.size() - 1})
                    if (cut >= 0 && cut < bytes.size())
                        CHECK_NOTHROW(run(bytes.left(cut)));
                ++inputs;
            }
        }
    }
    CHECK(inputs >= 11); // the seeds are there
}
