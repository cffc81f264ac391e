#include "pdf/pdf_report.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include "base/save_file.h"

namespace mailtls::pdf {

namespace {

constexpr int kDpi = 300;                 // the writer's unit: fine enough for 7 pt text
constexpr double kFooterMm = 9.0;         // below the text on every page: a rule, the title, the page
constexpr double kDocMarginMm = 2.0;      // inside the writer's margins, on every side of every page
const QMarginsF kMarginsMm(14, 12, 14, 8);

double mmToDots(double mm)
{
    return mm / 25.4 * kDpi;
}

} // namespace

bool canRenderPdf()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

bool htmlToPdf(const QString &html, const QString &givenTitle, QByteArray *pdf, core::Error *error)
{
    if (!canRenderPdf())
        return core::fail(error, core::ErrorKind::FileUnwritable, QStringLiteral("a PDF needs a QGuiApplication"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("mailtls %1").arg(QLatin1String(MAILTLS_VERSION)));
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));

        const double width = writer.width();
        const double height = writer.height();
        const double footer = mmToDots(kFooterMm);
        const double bodyHeight = height - footer;

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);   // fonts measured in the writer's dots
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setPointSizeF(9);
        // Any letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text reads
        // (and is found, copied) as typed, not as U+FB01.
        base.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);   // a tenth of a dot; 0.01 rounds to none
        doc.setDefaultFont(base);
        // Qt's pagination moves a line that would cross a page's end only with a margin to
        // move it into: a small one here, the rest of the page margin is the writer's.
        doc.setDocumentMargin(mmToDots(kDocMarginMm));
        doc.setHtml(html);
        doc.setPageSize(QSizeF(width, bodyHeight));
        const QString title = givenTitle.isEmpty() ? doc.metaInformation(QTextDocument::DocumentTitle) : givenTitle;
        writer.setTitle(title);
        const int pages = qMax(1, doc.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return core::fail(error, core::ErrorKind::FileUnwritable, QStringLiteral("the PDF writer could not start"));
        QFont small = base;
        small.setPointSizeF(7.5);
        const QColor dim(0x5d, 0x67, 0x76);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * bodyHeight);
            doc.drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
            painter.restore();

            // The footer: a thin rule, the title on the left, the page on the right.
            const double top = bodyHeight + mmToDots(3);
            painter.setPen(QPen(QColor(0xd5, 0xda, 0xe1), mmToDots(0.25)));
            painter.drawLine(QPointF(0, top), QPointF(width, top));
            painter.setFont(small);
            painter.setPen(dim);
            const QRectF line(0, top + mmToDots(1), width, height - top - mmToDots(1));
            const QString pageText = QStringLiteral("page %1 of %2").arg(page + 1).arg(pages);
            const double pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + mmToDots(4);
            const QString left = painter.fontMetrics().elidedText(title, Qt::ElideRight, int(width - pageWidth));
            painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, left);
            painter.drawText(line, Qt::AlignRight | Qt::AlignTop, pageText);
        }
        if (!painter.end())
            return core::fail(error, core::ErrorKind::FileUnwritable, QStringLiteral("the PDF writer could not finish"));
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return core::fail(error, core::ErrorKind::FileUnwritable, QStringLiteral("the PDF writer wrote nothing"));
    *pdf = bytes;
    return true;
}

bool reportToPdf(const core::Report &report, const core::HtmlReportOptions &options, QByteArray *pdf, core::Error *error)
{
    core::HtmlReportOptions print = options;
    print.print = true;
    return htmlToPdf(core::reportToHtml(report, print), options.title, pdf, error);
}

bool reportsToPdf(const QList<core::Report> &reports, const core::HtmlReportOptions &options, QByteArray *pdf,
                  core::Error *error)
{
    core::HtmlReportOptions print = options;
    print.print = true;
    return htmlToPdf(core::reportsToHtml(reports, print), options.title, pdf, error);
}

bool domainReportToPdf(const core::DomainReport &report, const core::HtmlReportOptions &options, QByteArray *pdf,
                       core::Error *error)
{
    core::HtmlReportOptions print = options;
    print.print = true;
    return htmlToPdf(core::domainReportToHtml(report, print), options.title, pdf, error);
}

bool simulationToPdf(const core::SimulationResult &result, const core::HtmlReportOptions &options, QByteArray *pdf,
                     core::Error *error)
{
    core::HtmlReportOptions print = options;
    print.print = true;
    return htmlToPdf(core::simulationToHtml(result, print), options.title, pdf, error);
}

bool comparisonToPdf(const core::Comparison &comparison, const QList<core::Report> &reports, const QStringList &sources,
                     const core::HtmlReportOptions &options, QByteArray *pdf, core::Error *error)
{
    core::HtmlReportOptions print = options;
    print.print = true;
    return htmlToPdf(core::comparisonToHtml(comparison, reports, sources, print), options.title, pdf, error);
}

bool writePdfFile(const QString &path, const QByteArray &pdf, core::Error *error)
{
    return core::saveFileAtomically(path, pdf, error);
}

} // namespace mailtls::pdf
