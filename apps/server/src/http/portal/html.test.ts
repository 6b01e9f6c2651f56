import { describe, expect, it } from 'vitest';
import { html } from './html.ts';

describe('portal html template', () => {
  it('escapes interpolated text, keeps nested templates and joins arrays', () => {
    const name = '<script>alert("x")</script> & \'y\'';
    const out = html`<p title="${name}">${name}</p>
      ${[html`<b>${1}</b>`, null, false, 'a<b']}`;
    expect(out.value.replace(/>\s+</g, '><')).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p><b>1</b>a&lt;b',
    );
  });
});
