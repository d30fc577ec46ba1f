import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { adapters } from '../../src/extract/adapters';
import { boardOrigins, EMBEDDED_BOARDS, findEmbeddedBoards, LOCAL_TEST_BOARD, offeredBoards, patternCovers } from '../../src/extract/embedded-boards';

const PAGE = 'https://careers.northwind.example/jobs/tpm';

/** A careers page whose body is the given markup around an empty hero and footer, as embedding pages look. */
const careersPage = (embed: string) =>
  parseHtml(`<!DOCTYPE html><html><head><title>Careers | Northwind</title></head><body>
    <header><nav><a href="/">Home</a><a href="/jobs">Jobs</a></nav></header>
    <main><h1>Join Northwind</h1>${embed}</main><footer><p>© Northwind</p></footer></body></html>`);

describe('the board data', () => {
  it.each(EMBEDDED_BOARDS.map((b) => [b.id, b] as const))(
    '%s: its example is a frame it knows, its permission covers it, and a site adapter reads it',
    (_, board) => {
      expect(board.frame.test(board.example)).toBe(true);
      expect(patternCovers(board.origin, board.example)).toBe(true);
      expect(board.origin).toMatch(/^https:\/\/[^/]+\/\*$/);
      expect(adapters.find((a) => a.matches(new URL(board.example)))?.id).toBe(board.id);
    },
  );

  it('the stand-in test board is offered only where a manifest lists its origin', () => {
    const shipped = boardOrigins({ withTestBoard: false });
    expect(shipped).not.toContain(LOCAL_TEST_BOARD.origin);
    expect(offeredBoards({ optional_host_permissions: shipped }).map((b) => b.id)).toEqual(EMBEDDED_BOARDS.map((b) => b.id));
    expect(offeredBoards({ optional_permissions: boardOrigins({ withTestBoard: true }) }).map((b) => b.id)).toContain(LOCAL_TEST_BOARD.id);
    expect(offeredBoards({})).toEqual([]);
    expect(LOCAL_TEST_BOARD.frame.test(LOCAL_TEST_BOARD.example) && patternCovers(LOCAL_TEST_BOARD.origin, LOCAL_TEST_BOARD.example)).toBe(true);
  });
});

describe('findEmbeddedBoards', () => {
  it.each([
    // Greenhouse's loader fills #grnhse_app with its iframe.
    [
      'Greenhouse job_app',
      '<div id="grnhse_app"><iframe id="grnhse_iframe" title="Greenhouse Job Board" src="https://job-boards.greenhouse.io/embed/job_app?for=northwind&amp;token=5058714008"></iframe></div>',
      'greenhouse',
    ],
    [
      'older Greenhouse host',
      '<div id="grnhse_app"><iframe id="grnhse_iframe" src="https://boards.greenhouse.io/embed/job_app?for=northwind&amp;token=4012345678&amp;b=https%3A%2F%2Fcareers.northwind.example"></iframe></div>',
      'greenhouse',
    ],
    ['Greenhouse EU', '<iframe src="https://job-boards.eu.greenhouse.io/embed/job_app?for=northwind&amp;token=1"></iframe>', 'greenhouse'],
    ['Lever posting', '<iframe class="lever-frame" src="https://jobs.lever.co/northwind/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"></iframe>', 'lever'],
    ['Workday', '<iframe src="https://northwind.wd5.myworkdayjobs.com/en-US/External"></iframe>', 'workday'],
    [
      'iCIMS',
      '<iframe id="icims_content_iframe" name="icims_content_iframe" src="https://careers-northwind.icims.com/jobs/10423/job?in_iframe=1&amp;mobile=false"></iframe>',
      'icims',
    ],
    [
      'SmartRecruiters',
      '<iframe src="https://jobs.smartrecruiters.com/NorthwindRobotics/744000012345678-senior-technical-program-manager"></iframe>',
      'smartrecruiters',
    ],
    [
      'Ashby',
      '<div id="ashby_embed"><iframe id="ashby_embed_iframe" src="https://jobs.ashbyhq.com/northwind/embed?version=2&amp;ashby_jid=2b7c9d1e"></iframe></div>',
      'ashby',
    ],
  ])('finds an embedded %s frame', (_, embed, board) => {
    const [frame, ...more] = findEmbeddedBoards(careersPage(embed), PAGE);
    expect(frame?.board).toBe(board);
    expect(frame?.src).toMatch(/^https:\/\//);
    expect(more).toEqual([]);
  });

  it.each([
    ['no iframe', '<p>We are hiring.</p>'],
    ['a video', '<iframe src="https://www.youtube.com/embed/abc123"></iframe>'],
    ['an iframe without an address', '<iframe srcdoc="<p>Apply</p>"></iframe>'],
    ['about:blank', '<iframe src="about:blank"></iframe>'],
    ["Greenhouse's job list (no posting in it)", '<iframe id="grnhse_iframe" src="https://boards.greenhouse.io/embed/job_board?for=northwind"></iframe>'],
    ['Greenhouse over plain http', '<iframe src="http://boards.greenhouse.io/embed/job_app?for=northwind&amp;token=1"></iframe>'],
    ['a host that only starts like a board', '<iframe src="https://job-boards.greenhouse.io.example.net/embed/job_app?token=1"></iframe>'],
    ["Lever's job list", '<iframe src="https://jobs.lever.co/northwind"></iframe>'],
    ['an iCIMS page not served for a frame', '<iframe src="https://careers-northwind.icims.com/jobs/10423/job"></iframe>'],
    ["Ashby's posting page itself (not its embed)", '<iframe src="https://jobs.ashbyhq.com/northwind/2b7c9d1e-3f4a-4b5c-9d8e-7f6a5b4c3d2e"></iframe>'],
    ['the test board in a shipped build', '<iframe src="http://localhost:8080/boards/embed/job_app.html"></iframe>'],
    ['a relative frame of the careers site', '<iframe src="/embed/job_app?token=1"></iframe>'],
  ])('finds nothing in %s', (_, embed) => {
    expect(findEmbeddedBoards(careersPage(embed), PAGE)).toEqual([]);
  });

  it('lists each frame once, in page order, and only the boards it is given', () => {
    const doc = careersPage(`<iframe src="https://jobs.lever.co/northwind/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"></iframe>
      <iframe src="http://localhost:5173/boards/embed/job_app.html?token=2"></iframe>
      <iframe src="https://jobs.lever.co/northwind/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"></iframe>`);
    expect(findEmbeddedBoards(doc, PAGE).map((f) => f.board)).toEqual(['lever']);
    expect(findEmbeddedBoards(doc, PAGE, [...EMBEDDED_BOARDS, LOCAL_TEST_BOARD]).map((f) => f.board)).toEqual(['lever', LOCAL_TEST_BOARD.id]);
  });

  it('resolves a protocol-relative address against the page', () => {
    const doc = careersPage('<iframe src="//boards.greenhouse.io/embed/job_app?for=northwind&amp;token=7"></iframe>');
    expect(findEmbeddedBoards(doc, PAGE)).toEqual([{ board: 'greenhouse', src: 'https://boards.greenhouse.io/embed/job_app?for=northwind&token=7' }]);
  });
});

describe('patternCovers', () => {
  it.each([
    ['https://*.greenhouse.io/*', 'https://job-boards.greenhouse.io/embed/job_app?for=a', true],
    ['https://*.greenhouse.io/*', 'https://greenhouse.io/', true],
    ['http://localhost/*', 'http://localhost:41234/boards/embed/job_app.html', true],
    ['https://jobs.ashbyhq.com/*', 'https://jobs.ashbyhq.com/northwind/embed', true],
    ['https://*.greenhouse.io/*', 'http://boards.greenhouse.io/embed/job_app', false],
    ['https://*.greenhouse.io/*', 'https://evilgreenhouse.io/', false],
    ['https://*.greenhouse.io/*', 'https://greenhouse.io.example.net/', false],
    ['https://jobs.ashbyhq.com/*', 'https://app.ashbyhq.com/', false],
    ['http://localhost/*', 'http://127.0.0.1:8080/', false],
    ['https://*.lever.co/*', 'not a url', false],
  ])('%s covers %s: %s', (pattern, address, covered) => {
    expect(patternCovers(pattern, address)).toBe(covered);
  });
});
