namespace Ingest.Cli;

/// <summary>A one-line progress bar on standard error, drawn only for large inputs on a terminal.</summary>
internal sealed class ProgressBar(int total, TextWriter output)
{
    private const int Width = 40;
    private readonly bool _enabled = total >= 100 && !Console.IsErrorRedirected;
    private int _lastDrawn = -1;

    public void Report(int done)
    {
        if (!_enabled)
        {
            return;
        }

        var filled = (int)((long)done * Width / total);
        if (filled == _lastDrawn && done != total)
        {
            return;
        }

        _lastDrawn = filled;
        output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
    }

    public void Done()
    {
        if (_enabled)
        {
            output.WriteLine();
        }
    }
}
