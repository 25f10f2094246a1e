#pragma once

// The real main window over a new library holding some of tests/data/app's dumps, shown and
// active, as the window tests start from.

#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QtTest>

#include <memory>

namespace glossa::testsupport {

// QVERIFY inside: the caller checks QTest::currentTestFailed() after it.
inline void openWindow(const QString &libraryPath, const QStringList &dumpNames, std::unique_ptr<Workspace> *workspace,
                       std::unique_ptr<MainWindow> *window)
{
    *workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2((*workspace)->openLibrary(libraryPath, &error), qPrintable(error));
    QStringList paths;
    for (const QString &name : dumpNames)
        paths << QStringLiteral(GLOSSA_TEST_DATA "/app/") + name;
    Importer importer((*workspace)->library());
    const ImportReport report = importer.importPaths(paths, false);
    QCOMPARE(report.added(), int(dumpNames.size()));
    *window = std::make_unique<MainWindow>(workspace->get());
    (*window)->show();
    QApplication::setActiveWindow(window->get());
    QVERIFY(QTest::qWaitForWindowActive(window->get()));
}

} // namespace glossa::testsupport
