using System.Text;

namespace ReportGen.Pdf.Office;

/// <summary>
/// The LibreOffice Basic program run by a resident office process. It polls its queue folder for
/// <c>&lt;n&gt;.job</c> files (line 1: DOCX URL, line 2: PDF URL), renames each to <c>.run</c>, converts it, and answers
/// with <c>&lt;n&gt;.done</c> or <c>&lt;n&gt;.fail</c> (holding the error). It writes <c>ready.txt</c> when it starts;
/// a <c>stop</c> file ends the loop and the office.
/// All paths are passed as percent-encoded file URLs, so the files are plain ASCII.
/// </summary>
internal static class ResidentMacro
{
    /// <summary>Name of the file that asks the macro to quit.</summary>
    public const string StopFile = "stop";

    /// <summary>Name of the file the macro writes once the office has started and the loop is running.</summary>
    public const string ReadyFile = "ready";

    /// <summary>The <c>macro:///</c> URL that starts the loop on the given queue folder.</summary>
    public static string StartUrl(string queueDir) =>
        $"macro:///Standard.{OfficeProfile.MacroModule}.Run(\"{OfficeProfile.ToFileUrl(queueDir)}\")";

    /// <summary>The Basic source, with the PDF filter data taken from <paramref name="export"/>.</summary>
    public static string Source(PdfExportSettings export)
    {
        var props = export.FilterProperties();
        var filterLines = new StringBuilder();
        for (var i = 0; i < props.Count; i++)
        {
            filterLines.Append("  filterData(").Append(i).Append(") = MakeProp(\"").Append(props[i].Key).Append("\", ")
                .Append(props[i].Value ? "True" : "False").Append(")\n");
        }

        return $$"""

REM ReportGen resident conversion worker. Generated; do not edit.

Function MakeProp(propName As String, propValue As Variant) As com.sun.star.beans.PropertyValue
  Dim p As New com.sun.star.beans.PropertyValue
  p.Name = propName
  p.Value = propValue
  MakeProp = p
End Function

Sub Run(queueUrl As String)
  Dim jobFile As String, jobName As String
  WriteResult(queueUrl, "{{ReadyFile}}", "txt", "ready")
  Do
    If FileExists(queueUrl & "/{{StopFile}}") Then Exit Do
    jobFile = Dir(queueUrl & "/*.job")
    If jobFile = "" Then
      Wait 40
    Else
      jobName = Left(jobFile, Len(jobFile) - 4)
      Name queueUrl & "/" & jobFile As queueUrl & "/" & jobName & ".run"
      RunJob(queueUrl, jobName)
    End If
  Loop
  StarDesktop.terminate()
End Sub

Sub RunJob(queueUrl As String, jobName As String)
  Dim inUrl As String, outUrl As String, stage As String, n As Integer
  Dim doc As Object
  On Error GoTo Failed
  stage = "reading the job file"
  n = FreeFile
  Open queueUrl & "/" & jobName & ".run" For Input As #n
  Line Input #n, inUrl
  Line Input #n, outUrl
  Close #n
  stage = "loading the document"
  Dim loadProps(2) As New com.sun.star.beans.PropertyValue
  loadProps(0) = MakeProp("Hidden", True)
  loadProps(1) = MakeProp("ReadOnly", True)
  loadProps(2) = MakeProp("FilterName", "MS Word 2007 XML")
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, loadProps())
  If IsNull(doc) Then
    WriteResult(queueUrl, jobName, "fail", "LibreOffice could not load the file as a Word document (filter MS Word 2007 XML).")
    Exit Sub
  End If
  ' Page references (the contents list's PAGEREF fields) are worked out from the layout. Filling them in can change
  ' the layout (a longer number wraps a line and pushes later pages on), so lay out, refresh the fields and repeat
  ' until the numbers stop changing (at most three rounds).
  stage = "updating page references"
  Dim round As Integer
  For round = 1 To 3
    doc.getCurrentController().getViewCursor().jumpToLastPage()
    doc.getTextFields().refresh()
  Next round
  doc.getCurrentController().getViewCursor().jumpToLastPage()
  stage = "exporting the PDF"
  Dim filterData({{props.Count - 1}}) As New com.sun.star.beans.PropertyValue
{{filterLines}}  Dim storeProps(1) As New com.sun.star.beans.PropertyValue
  storeProps(0) = MakeProp("FilterName", "writer_pdf_Export")
  storeProps(1) = MakeProp("FilterData", filterData())
  doc.storeToURL(outUrl, storeProps())
  stage = "closing the document"
  doc.close(True)
  WriteResult(queueUrl, jobName, "done", "ok")
  Exit Sub
Failed:
  Dim message As String
  message = "LibreOffice Basic error " & Err & " while " & stage & ": " & Error$
  On Error Resume Next
  If Not IsNull(doc) Then doc.close(True)
  WriteResult(queueUrl, jobName, "fail", message)
End Sub

Sub WriteResult(queueUrl As String, jobName As String, kind As String, message As String)
  Dim n As Integer
  n = FreeFile
  Open queueUrl & "/" & jobName & ".res" For Output As #n
  Print #n, message
  Close #n
  Name queueUrl & "/" & jobName & ".res" As queueUrl & "/" & jobName & "." & kind
End Sub

""";
    }
}
