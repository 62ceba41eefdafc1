-- Neovim as a real non-VS Code LSP client: start blameless-lint-lsp, open a file, wait for the
-- diagnostics it publishes, write them as JSON. Neovim 0.7 (Debian bookworm) and later:
-- vim.lsp.start_client + buf_attach_client (vim.lsp.start exists from 0.8 only).
local bin = os.getenv('BL_LSP_BIN')
local file = os.getenv('BL_FILE')
local out = os.getenv('BL_OUT')
local want = tonumber(os.getenv('BL_MIN_FINDINGS') or '1')
local filetype = os.getenv('BL_FILETYPE') or 'markdown'

local function finish(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = filetype

local client_id = vim.lsp.start_client({
  name = 'blameless-lint',
  cmd = { 'node', bin, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  -- Neovim 0.7 does not advertise workspace/configuration, so settings also go in init_options
  -- (the server reads them from there when the client cannot be asked).
  settings = { ['blameless-lint'] = { languages = { 'markdown', 'text' } } },
  init_options = { ['blameless-lint'] = { languages = { 'markdown', 'text' } } },
})
if not client_id then
  finish({ error = 'start_client failed' })
  return
end
vim.lsp.buf_attach_client(buf, client_id)

-- Poll what the editor itself shows (vim.diagnostic), not the protocol: that is the end of the chain.
local ok = vim.wait(120000, function()
  return #vim.diagnostic.get(buf) >= want
end, 50)

local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(found, { line = d.lnum + 1, col = d.col + 1, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), source = d.source, message = d.message, severity = d.severity })
end
local client = vim.lsp.get_client_by_id(client_id)
finish({ ok = ok, version = vim.version(), server = client and client.server_capabilities and 'ok' or 'missing', diagnostics = found })
