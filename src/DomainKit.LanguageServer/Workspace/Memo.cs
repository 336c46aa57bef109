namespace DomainKit.LanguageServer.Workspace;

/// <summary>
/// One step's last input and output, as the generator's incremental pipeline keeps them: an equal input gives the
/// cached output back; otherwise the step runs again and <see cref="Runs"/> counts it.
/// </summary>
internal sealed class Memo<TInput, TOutput>
{
    private bool _has;
    private TInput _input = default!;
    private TOutput _output = default!;

    public int Runs { get; private set; }

    public TOutput Get(TInput input, Func<TInput, TOutput> step)
    {
        if (_has && EqualityComparer<TInput>.Default.Equals(_input, input)) return _output;
        _output = step(input);
        _input = input;
        _has = true;
        Runs++;
        return _output;
    }
}
