using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

public sealed class HtmlBuilderTests
{
    [Fact]
    public void Text_and_attribute_values_encode_the_characters_that_end_them()
    {
        var html = new HtmlBuilder().Raw("<p").Attribute("title", "a\"b'c<d>&e").Raw(">").Text("<b>x</b> & 'y' \"z\" · é").Raw("</p>").ToString();

        Assert.Equal("<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;e\">&lt;b&gt;x&lt;/b&gt; &amp; &#39;y&#39; &quot;z&quot; · é</p>", html);
    }

    [Fact]
    public void Null_text_writes_nothing_and_a_null_attribute_is_empty() =>
        Assert.Equal("<a href=\"\"></a>", new HtmlBuilder().Raw("<a").Attribute("href", null).Raw(">").Text(null).Raw("</a>").ToString());
}
